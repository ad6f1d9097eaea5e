package dev.chronoscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} takes --json like every command (cli.md) and says there what it wrote. */
class GenerateCommandTest {
    @TempDir Path dir;

    @Test
    void generateWithJsonNamesWhatItWroteAndWhere() {
        CliRunner cli = new CliRunner(dir.resolve("cache"));
        Path out = dir.resolve("kernel.jsonl");
        JsonNode written = cli.json("generate", "angzarr-kernel", "--events", "25", "--seed", "9", "--out", out.toString(), "--json");
        assertEquals("angzarr-kernel", written.get("scenario").asText());
        assertEquals(25, written.get("events").asLong());
        assertEquals(9, written.get("seed").asLong());
        assertEquals(out.toString(), written.get("out").asText());
        assertEquals(25, cli.json("events", out.toString(), "--count", "--json").get("count").asLong());

        JsonNode intoFolder = cli.json("generate", "angzarr-kernel", "--events", "5", "--out", dir.toString(), "--json");
        assertEquals(dir.resolve("angzarr-kernel.jsonl").toString(), intoFolder.get("out").asText(),
                "given a folder, it names the file it chose there");
    }
}
