package dev.chronoscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import dev.chronoscope.profile.Profile;
import dev.chronoscope.profile.ProfileLoader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestionTest {
    @TempDir
    Path dir;

    private Path lines(int n) throws IOException {
        Path f = dir.resolve("many.jsonl");
        try (Writer w = Files.newBufferedWriter(f)) {
            for (int i = 0; i < n; i++) w.write("{\"type\":\"Tick\",\"ts\":" + i + ",\"lane\":\"l" + (i % 3) + "\"}\n");
        }
        return f;
    }

    @Test
    void offsetsRunPastTheDetectionBufferAndProgressReachesTheEnd() throws IOException {
        Path f = lines(1000);
        List<long[]> progress = new ArrayList<>();
        Ingestion.Listener listener = new Ingestion.Listener() {
            @Override
            public void progress(long bytesRead, long totalBytes, long events) {
                progress.add(new long[] {bytesRead, totalBytes, events});
            }
        };
        try (Ingestion in = Ingestion.of(f).listener(listener).start()) {
            long expected = 0;
            for (Event e = in.next(); e != null; e = in.next()) {
                assertEquals(expected++, e.offset());
                assertEquals(e.offset(), e.time());
            }
            assertEquals(1000, expected);
            assertEquals(1000, in.recordsRead());
            assertEquals(1000, in.events());
            assertEquals(Files.size(f), in.bytesRead());
            assertNull(in.next());
        }
        long[] last = progress.get(progress.size() - 1);
        assertEquals(Files.size(f), last[0]);
        assertEquals(Files.size(f), last[1]);
        assertEquals(1000, last[2]);
    }

    @Test
    void cancellingStopsTheRead() throws IOException {
        Path f = lines(20_000);
        AtomicBoolean cancel = new AtomicBoolean();
        try (Ingestion in = Ingestion.of(f).cancel(cancel::get).start()) {
            for (int i = 0; i < 10; i++) in.next();
            cancel.set(true);
            assertThrows(CancellationException.class, () -> {
                while (in.next() != null) {
                    // drain until the cancel is noticed
                }
            });
        }
    }

    @Test
    void namedProfileMapsRecords() throws Exception {
        Path f = Ingested.write(dir, "bank.jsonl", "{\"event\":\"Deposited\",\"at\":2,\"branch\":\"north\"}\n");
        Profile bank = ProfileLoader.parse("bank.json", """
                {"name": "bank", "mapping": {"type": "$.event", "time": "$.at", "timeUnit": "ms", "lane": "$.branch"}}
                """);
        Ingested r = Ingested.read(f, bank);
        assertEquals("bank", r.profile().name());
        assertEquals("Deposited", r.event(0).type());
        assertEquals(2_000_000L, r.event(0).time());
        assertEquals("north", r.event(0).lane());
    }

    @Test
    void userProfilesAreDetected() throws Exception {
        Path f = Ingested.write(dir, "bank.jsonl", "{\"event\":\"AccountOpened\",\"account\":\"a1\"}\n");
        Profile bank = ProfileLoader.parse("bank.json", """
                {"name": "bank", "detect": {"anyType": ["AccountOpened"]}, "mapping": {"type": "$.event"}}
                """);
        try (Ingestion in = Ingestion.of(f).userProfiles(List.of(bank)).start()) {
            assertEquals("AccountOpened", in.next().type());
            assertEquals("bank", in.profile().name());
        }
    }

    @Test
    void errorsAreCountedButOnlyTheFirstTwoThousandKept() throws IOException {
        Path f = dir.resolve("junk.jsonl");
        try (Writer w = Files.newBufferedWriter(f)) {
            for (int i = 0; i < 2500; i++) w.write("not json\n");
            w.write("{\"type\":\"Ok\"}\n");
        }
        List<ReadError> heard = new ArrayList<>();
        try (Ingestion in = Ingestion.of(f).format("json").listener(new Ingestion.Listener() {
            @Override
            public void error(ReadError error) {
                heard.add(error);
            }
        }).start()) {
            assertEquals("Ok", in.next().type());
            assertNull(in.next());
            assertEquals(2500, in.errorCount());
            assertEquals(2000, in.errors().size());
            assertEquals(2000, heard.size());
            assertEquals(1, in.errors().get(0).position());
            assertTrue(in.errors().get(0).toString().endsWith("junk.jsonl: line 1: " + in.errors().get(0).reason()));
        }
    }
}
