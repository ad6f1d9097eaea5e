package dev.chronoscope.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: generate a scenario's log and read it back as JSON records. */
final class Logs {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path SAMPLES = Path.of("sample-logs");

    private Logs() {}

    static Scenario scenario(String name) {
        return Scenarios.byName(name).orElseThrow(() -> new AssertionError("no scenario " + name));
    }

    static List<ObjectNode> generate(String name, Path dir, long events, long seed) throws IOException {
        return read(scenario(name).write(dir.resolve(name + "-" + seed + ".jsonl"), events, seed));
    }

    /** Every line parsed; fails naming the line when one is not a JSON object. */
    static List<ObjectNode> read(Path file) throws IOException {
        List<ObjectNode> records = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    throw new AssertionError(file + ":" + (records.size() + 1) + ": not JSON: " + e.getMessage());
                }
                if (!(node instanceof ObjectNode object)) {
                    fail(file + ":" + (records.size() + 1) + ": not a JSON object");
                    return records;
                }
                records.add(object);
            }
        }
        return records;
    }

    /** The tag of an externally tagged record. */
    static String tag(ObjectNode record) {
        assertTrue(record.size() == 1, "not externally tagged: " + record);
        return record.fieldNames().next();
    }

    static ObjectNode body(ObjectNode record) {
        return (ObjectNode) record.get(tag(record));
    }
}
