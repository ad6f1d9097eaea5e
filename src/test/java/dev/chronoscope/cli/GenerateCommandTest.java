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

    @Test
    void anEmptyOutIsRefusedInsteadOfWritingIntoTheWorkingFolder() {
        CliRunner.Result r = new CliRunner(dir.resolve("cache")).run("generate", "angzarr-kernel", "--events", "3", "--out", "");
        assertEquals(1, r.status(), r.err());
        assertEquals("chronoscope: --out is empty: name a file or folder to write", r.err().strip());
    }
}
