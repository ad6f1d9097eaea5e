package dev.chronoscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real second processes: one killed with SIGKILL mid-ingest, one reading while we read. */
class CrossProcessTest {
    @TempDir
    Path dir;

    private Process start(String mode, String name) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(List.of(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                ChildProcessMain.class.getName(), mode, dir.toString(), name)).redirectErrorStream(true).start();
    }

    private static String firstLine(Process p, String prefix) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = in.readLine()) != null; ) {
            if (line.startsWith(prefix)) return line;
            seen.append(line).append('\n');
        }
        throw new AssertionError("child ended without " + prefix + ":\n" + seen);
    }

    @Test
    void writerKilledMidIngestBlocksOthersThenLeavesARebuildableFile() throws Exception {
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fp = TestEvents.fingerprint("shared.log");
        Path file = dir.resolve(fp.key() + ".mapdb");
        Process child = start("ingest", "shared.log");
        try {
            firstLine(child, "READY");
            StoreBusyException busy = assertThrows(StoreBusyException.class, () -> catalog.create(fp, 200));
            assertTrue(busy.getMessage().contains("Another Chronoscope process is ingesting shared.log"), busy.getMessage());
            assertTrue(catalog.openComplete(fp).isEmpty());
            assertTrue(Files.exists(file), "a file being ingested is left alone");
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(Files.exists(file));
        Path scratch = MapDbCatalog.scratchFile(file, "ids");
        assertTrue(Files.exists(scratch), "the killed writer left its scratch file");
        assertTrue(catalog.openComplete(fp).isEmpty(), "the killed writer's file is not trusted");
        assertFalse(Files.exists(file), "and it is deleted");
        assertFalse(Files.exists(scratch), "with its scratch file");
        try (LogStoreWriter w = catalog.create(fp, 1000)) {
            Random r = new Random(1);
            for (int i = 0; i < 500; i++) w.append(TestEvents.kernelEvent(i, r));
            w.commit().close();
        }
        assertEquals(500, catalog.openComplete(fp).orElseThrow().eventCount());
    }

    /**
     * A second thread of this process that finds a lock file locked must not drop the lock: on
     * Linux, closing any channel of the file releases the process's locks on it.
     */
    @Test
    void aLockStaysHeldWhenAnotherThreadHereTriesIt() throws Exception {
        Path lockFile = dir.resolve("some.lock");
        MapDbCatalog.Lock held = MapDbCatalog.Lock.acquire(lockFile, 0);
        try {
            Thread other = new Thread(() -> assertEquals(null, MapDbCatalog.Lock.acquire(lockFile, 120)));
            other.start();
            other.join();
            Process child = start("trylock", "some.lock");
            assertEquals("LOCK BUSY", firstLine(child, "LOCK"), "another process took the lock this process holds");
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            held.release();
        }
        MapDbCatalog.Lock next = MapDbCatalog.Lock.acquire(lockFile, 0);
        assertTrue(next != null, "released for the next taker");
        next.release();
    }

    @Test
    void twoProcessesReadOneCompleteStore() throws Exception {
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fp = TestEvents.fingerprint("read-twice");
        try (LogStoreWriter w = catalog.create(fp, 0)) {
            Random r = new Random(1);
            for (int i = 0; i < 3000; i++) w.append(TestEvents.kernelEvent(i, r));
            w.commit().close();
        }
        try (LogStore mine = catalog.openComplete(fp).orElseThrow()) {
            Process child = start("read", "read-twice");
            String line = firstLine(child, "COUNT");
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            assertEquals("COUNT 3000 " + mine.event(2999).lane(), line);
            assertEquals(3000, mine.eventCount());
            try (LogStore second = catalog.openComplete(fp).orElseThrow()) {
                assertEquals(mine.event(10), second.event(10));
            }
        }
    }
}
