package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
    private final FakeLogSession session = new FakeLogSession(Path.of("kernel.jsonl"), 300, List.of());

    @Test
    void exportsTheStateAtAnOffsetAsNestedJson(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("state.json");
        Exporter.state(session, 10, out);
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertEquals(4, json.path("counters").path("cpu0").asInt());
        assertEquals("Start", json.path("last").path("type").asText());
        assertEquals("running", json.path("tasks").path("t10").asText());
    }

    @Test
    void exportsTheEventsInATimeWindowAsJsonLines(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("events.jsonl");
        long written = Exporter.eventsBetween(session, FakeLogSession.timeOf(20), FakeLogSession.timeOf(25), 300, out);
        List<String> lines = Files.readAllLines(out);
        assertEquals(5, written);
        assertEquals(5, lines.size());
        assertEquals(20, new ObjectMapper().readTree(lines.get(0)).path("seq").asInt());
        assertEquals(24, new ObjectMapper().readTree(lines.get(4)).path("seq").asInt());
    }
}
