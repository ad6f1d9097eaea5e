package dev.chronoscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ingest killed midway leaves a cache the next open must not trust. */
class KilledIngestTest {
    @TempDir Path dir;

    @Test
    void theNextOpenRebuildsAndAnswersCorrectly() throws Exception {
        Path log = dir.resolve("big.jsonl");
        int events = 200_000;
        try (BufferedWriter w = Files.newBufferedWriter(log)) {
            for (int i = 0; i < events; i++) {
                w.write("{\"type\":\"Tick\",\"ts\":" + (1_000_000L + i) + ",\"id\":\"t" + i + "\",\"n\":" + i + "}\n");
            }
        }
        Path cache = dir.resolve("cache");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingIngest.class.getName(),
                log.toString(), cache.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.txt").toFile())
                .start();
        child.waitFor(120, TimeUnit.SECONDS);
        assertEquals(CrashingIngest.HALT_STATUS, child.exitValue(), () -> read(dir.resolve("child.txt")));

        OpenRequest request = new OpenRequest(log, null, null, null, cache, false);
        try (LogSession session = Chronoscope.open(request, IngestListener.NONE, new CancelToken())) {
            assertEquals("built", session.summary().cache(), "the half-written cache was not trusted");
            assertEquals(events, session.eventCount());
            assertEquals(events - 1, session.event(events - 1).field("n").asLong());
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
