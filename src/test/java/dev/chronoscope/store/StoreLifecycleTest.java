package dev.chronoscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mapdb.DB;

class StoreLifecycleTest {
    @TempDir
    Path dir;

    private static void fill(LogStoreWriter w, int n) {
        Random r = new Random(11);
        for (int i = 0; i < n; i++) w.append(TestEvents.kernelEvent(i, r));
    }

    private Path writeComplete(StoreCatalog catalog, Fingerprint fp, int n) {
        try (LogStoreWriter w = catalog.create(fp, 0)) {
            fill(w, n);
            w.putMeta("format", "kernel-json");
            w.commit().close();
        }
        return dir.resolve(fp.key() + ".mapdb");
    }

    @Test
    void commitReturnsAReadableStoreAndReopenSeesTheSame() throws Exception {
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fp = TestEvents.fingerprint("log.json");
        LogStore committed;
        try (LogStoreWriter w = catalog.create(fp, 0)) {
            fill(w, 3000);
            w.putMeta("format", "kernel-json");
            w.putMeta("errors", "[]");
            assertEquals(3000, w.eventCount());
            assertTrue(w.bytesWritten() > 0);
            committed = w.commit();
        }
        assertEquals(3000, committed.eventCount());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(fp.key() + ".lock", fp.key() + ".mapdb"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no scratch files after commit");
        }
        assertEquals(List.of("format", "errors"), List.copyOf(committed.meta().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> committed.meta().put("x", "y"));
        assertTrue(committed.sizeOnDisk() > 0);
        Event e = committed.event(1234);
        committed.close();
        try (LogStore reopened = catalog.openComplete(fp).orElseThrow()) {
            assertEquals(e, reopened.event(1234));
            assertEquals("kernel-json", reopened.meta().get("format"));
            assertEquals(List.of("sched_switch", "sched_wakeup", "sys_enter_read", "sys_exit_read", "irq_handler_entry"),
                    List.copyOf(reopened.typeCounts().keySet()));
            assertEquals(3000L, reopened.typeCounts().values().stream().mapToLong(Long::longValue).sum());
            assertEquals(600L, reopened.typeCounts().get("sched_switch"));
            assertEquals(8, reopened.lanes().size());
            assertEquals(reopened.event(0).lane(), reopened.lanes().get(0));
            assertThrows(IndexOutOfBoundsException.class, () -> reopened.event(3000));
        }
    }

    @Test
    void openCompleteIsEmptyWhenNothingWasWritten() {
        assertTrue(Stores.catalog(dir).openComplete(TestEvents.fingerprint("none")).isEmpty());
    }

    @Test
    void leftoverOfAnInterruptedIngestIsDeletedAndRebuilt() throws Exception {
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint other = TestEvents.fingerprint("other");
        Fingerprint fp = TestEvents.fingerprint("victim");
        Path target = dir.resolve(fp.key() + ".mapdb");
        try (LogStoreWriter w = catalog.create(other, 0)) {
            fill(w, 5000);
            // what a process killed mid-ingest leaves behind: its file as mapped right now, no lock
            Files.copy(dir.resolve(other.key() + ".mapdb"), target, StandardCopyOption.REPLACE_EXISTING);
            w.abort();
        }
        assertFalse(Files.exists(dir.resolve(other.key() + ".mapdb")), "abort deletes the partial file");
        assertTrue(catalog.openComplete(fp).isEmpty());
        assertFalse(Files.exists(target), "a partial file is deleted");
        writeComplete(catalog, fp, 100);
        try (LogStore s = catalog.openComplete(fp).orElseThrow()) {
            assertEquals(100, s.eventCount());
        }
    }

    @Test
    void ingestInProgressIsNeitherHandedOutNorDeleted() {
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fp = TestEvents.fingerprint("busy");
        try (LogStoreWriter w = catalog.create(fp, 0)) {
            fill(w, 2000);
            assertTrue(catalog.openComplete(fp).isEmpty());
            assertTrue(Files.exists(dir.resolve(fp.key() + ".mapdb")));
            w.commit().close();
        }
        assertTrue(catalog.openComplete(fp).isPresent());
    }

    @Test
    void secondWriterGivesUpWithAClearMessage() {
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fp = TestEvents.fingerprint("contended.log");
        try (LogStoreWriter first = catalog.create(fp, 0)) {
            StoreBusyException busy = assertThrows(StoreBusyException.class, () -> catalog.create(fp, 150));
            assertTrue(busy.getMessage().contains("contended.log"), busy.getMessage());
            assertTrue(busy.getMessage().contains("Another Chronoscope process is ingesting"), busy.getMessage());
            first.abort();
        }
        try (LogStoreWriter again = catalog.create(fp, 0)) {
            again.commit().close();
        }
        assertEquals(0, catalog.openComplete(fp).orElseThrow().eventCount());
    }

    @Test
    void aStoreFinishedWhileWaitingForTheLockIsHandedOutNotRebuilt() throws Exception {
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fp = TestEvents.fingerprint("waited-for.log");
        LogStoreWriter first = catalog.create(fp, 0);
        fill(first, 700);
        CompletableFuture<CacheEntry> waiter = CompletableFuture.supplyAsync(() -> catalog.openOrCreate(fp, 30_000));
        Thread.sleep(300); // the waiter is now polling the lock the first writer holds
        assertFalse(waiter.isDone());
        first.commit().close();
        CacheEntry entry = waiter.get(30, TimeUnit.SECONDS);
        CacheEntry.Complete finished = assertInstanceOf(CacheEntry.Complete.class, entry);
        try (LogStore store = finished.store()) {
            assertEquals(700, store.eventCount());
        }
        try (LogStore again = catalog.openComplete(fp).orElseThrow()) {
            assertEquals(700, again.eventCount(), "the finished file was kept");
        }
    }

    @Test
    void openOrCreateGivesAWriterWhenThereIsNoFinishedStore() {
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fp = TestEvents.fingerprint("fresh.log");
        CacheEntry entry = catalog.openOrCreate(fp, 0);
        try (LogStoreWriter writer = assertInstanceOf(CacheEntry.ToBuild.class, entry).writer()) {
            fill(writer, 10);
            writer.commit().close();
        }
        assertEquals(10, catalog.openComplete(fp).orElseThrow().eventCount());
    }

    @Test
    void corruptFileIsDeleted() throws Exception {
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fp = TestEvents.fingerprint("corrupt");
        Path file = writeComplete(catalog, fp, 2000);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[256];
            new Random(5).nextBytes(junk);
            raf.write(junk);
        }
        assertTrue(catalog.openComplete(fp).isEmpty());
        assertFalse(Files.exists(file));
    }

    @Test
    void truncatedFileIsDeleted() throws Exception {
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fp = TestEvents.fingerprint("truncated");
        Path file = writeComplete(catalog, fp, 2000);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() / 3);
        }
        assertTrue(catalog.openComplete(fp).isEmpty());
        assertFalse(Files.exists(file));
    }

    @Test
    void olderFormatVersionIsDeleted() {
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fp = TestEvents.fingerprint("old");
        Path file = writeComplete(catalog, fp, 10);
        DB db = StoreFile.create(file);
        StoreFile.sys(db, true).put(StoreFile.VERSION, StoreFile.intBytes(StoreFile.FORMAT_VERSION - 1));
        db.close();
        assertTrue(catalog.openComplete(fp).isEmpty());
        assertFalse(Files.exists(file));
    }

    @Test
    void anotherLogsFileCopiedOverTheEntryIsDeletedNotHandedOut() throws Exception {
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint mine = TestEvents.fingerprint("mine.log");
        Fingerprint other = TestEvents.fingerprint("other.log");
        Path myFile = writeComplete(catalog, mine, 10);
        Path otherFile = writeComplete(catalog, other, 40);
        Files.copy(otherFile, myFile, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(catalog.openComplete(mine).isEmpty(), "a complete, current file built for another log");
        assertFalse(Files.exists(myFile));
        assertEquals(40, catalog.openComplete(other).orElseThrow().eventCount(), "the original is untouched");
    }

    @Test
    void aFileThatDoesNotSayWhichLogItWasBuiltForIsDeleted() {
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fp = TestEvents.fingerprint("unsigned.log");
        Path file = writeComplete(catalog, fp, 10);
        DB db = StoreFile.create(file);
        StoreFile.sys(db, true).remove(StoreFile.FINGERPRINT);
        db.close();
        assertTrue(catalog.openComplete(fp).isEmpty());
        assertFalse(Files.exists(file));
    }

    @Test
    void damagedBlockIsReportedNotDecoded() {
        byte[] raw = "the same words again and again and again".repeat(20).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] packed = Lz4.compress(raw, raw.length);
        assertArrayEquals(raw, Lz4.decompress(packed));
        packed[packed.length / 2] ^= 0x10;
        assertThrows(CorruptStoreException.class, () -> Lz4.decompress(packed));
    }

    @Test
    void evictDeletesAndAbortLeavesNothing() {
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fp = TestEvents.fingerprint("evicted");
        Path file = writeComplete(catalog, fp, 10);
        catalog.evict(fp);
        assertFalse(Files.exists(file));
        assertEquals(dir, catalog.cacheDir());
    }

    @Test
    void emptyStoreAnswersEverything() {
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fp = TestEvents.fingerprint("empty");
        writeComplete(catalog, fp, 0);
        try (LogStore s = catalog.openComplete(fp).orElseThrow()) {
            assertEquals(0, s.eventCount());
            assertEquals(0, s.axis().offsetAtPosition(5));
            assertEquals(0, s.offsetsOfId("x").length);
            assertEquals(List.of(), s.lanes());
            assertEquals(Map.of(), s.typeCounts());
            assertEquals(Event.NO_TIME, s.axis().density().min());
            assertEquals(Event.NO_TIME, s.minTime());
            assertEquals(0, s.axis().density().sample(-1, 0, 100, 10).counts()[0]);
            assertEquals(0, s.column("never").size());
            assertEquals(-1, s.postings("never").floor("k", 10));
            assertEquals(0, s.blobs("never").count());
        }
    }
}
