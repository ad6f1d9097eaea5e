package dev.chronoscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --readers}: the figures' shape on small inputs (no timing is asserted). */
class BenchReadersTest {
    @TempDir Path dir;

    @Test
    void readersJsonNamesEachFormatWithItsRecordCountAndRates() {
        JsonNode out = new CliRunner(dir).json("bench", "--readers", "--events", "3000", "--formats", "json,chrome,otlp,shiviz", "--json");
        JsonNode readers = out.get("readers");
        assertEquals(List.of("json", "chrome", "otlp", "shiviz"), iterable(readers));
        for (JsonNode r : readers) {
            assertTrue(r.get("records").asLong() >= 2900 && r.get("records").asLong() <= 3100, r.toString());
            assertTrue(r.get("recordsPerSec").asDouble() > 0, r.toString());
            assertTrue(r.get("mbPerSec").asDouble() > 0, r.toString());
        }
        assertEquals(2 * readers.get("otlp").get("records").asLong(), readers.get("otlp").get("events").asLong());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRunner.Result r = new CliRunner(dir).run("bench", "--readers", "--formats", "csv");
        assertEquals(Cli.USAGE, r.status());
        assertTrue(r.err().contains("no reader benchmark for format 'csv'"), r.err());
    }

    private static List<String> iterable(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
