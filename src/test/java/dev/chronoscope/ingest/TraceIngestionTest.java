package dev.chronoscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the real pipeline: each trace format is sniffed, and its profile is chosen before the
 * first event comes out (the engine builds its fold from the profile it sees at that moment).
 */
class TraceIngestionTest {

    @TempDir Path dir;

    @Test
    void chromeTraceGetsTheChromeProfileBeforeItsFirstEvent() throws Exception {
        Path real = Path.of(System.getProperty("chronoscope.realdata", "../shared/realdata"), "chrome-trace", "multiprocess.json");
        try (Ingestion in = Ingestion.of(real).start()) {
            assertNotNull(in.next());
            assertEquals("chrome", in.formatName());
            assertEquals("chrome", in.profile().name());
        }
    }

    @Test
    void otlpLinesGetTheOtlpProfileBeforeTheirFirstEvent() throws Exception {
        Path file = dir.resolve("spans.jsonl");
        Files.writeString(file, OtlpReaderTest.JSON_LINES);
        try (Ingestion in = Ingestion.of(file).start()) {
            assertNotNull(in.next());
            assertEquals("otlp", in.formatName());
            assertEquals("otlp", in.profile().name());
            int events = 1;
            while (in.next() != null) events++;
            assertEquals(6, events);
            assertEquals(3, in.recordsRead());
        }
    }
}
