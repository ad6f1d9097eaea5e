package dev.chronoscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three ingest stages stop together: on cancel from a progress report and on a store failure. */
class IngestPipelineTest {
    @TempDir Path dir;

    private Path log(int events) throws Exception {
        Path log = dir.resolve("ticks.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(log)) {
            for (int i = 0; i < events; i++) {
                w.write("{\"type\":\"Tick\",\"ts\":" + (1_000_000L + i) + ",\"id\":\"t" + i + "\",\"n\":" + i + "}\n");
            }
        }
        return log;
    }

    @Test
    void aCancelDuringIngestEndsEveryStageAndTheNextOpenBuildsAFreshCache() throws Exception {
        Path log = log(300_000);
        Path cache = dir.resolve("cache");
        OpenRequest request = new OpenRequest(log, null, null, null, cache, false);
        CancelToken cancel = new CancelToken();
        IngestListener cancelOnFirstProgress = new IngestListener() {
            @Override
            public void progress(IngestProgress progress) {
                if (progress.events() > 0) cancel.cancel();
            }
        };
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertThrows(IngestCancelledException.class, () -> Chronoscope.open(request, cancelOnFirstProgress, cancel));
        });
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            try (LogSession session = Chronoscope.open(request, IngestListener.NONE, CancelToken.NEVER)) {
                assertEquals("built", session.summary().cache());
                assertEquals(300_000, session.eventCount());
                assertEquals(299_999, session.event(299_999).field("n").asLong());
            }
        });
    }

    @Test
    void aFailingListenerOnTheStoringThreadStopsTheReaderAndTheFold() throws Exception {
        Path log = log(300_000);
        OpenRequest request = new OpenRequest(log, null, null, null, dir.resolve("cache2"), false);
        IngestListener failing = new IngestListener() {
            @Override
            public void progress(IngestProgress progress) {
                if (progress.events() > 0) throw new IllegalStateException("listener broke");
            }
        };
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Chronoscope.open(request, failing, CancelToken.NEVER));
            assertEquals("listener broke", e.getMessage());
        });
    }
}
