package dev.chronoscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache folder that cannot take the cache (a full disk) is the user's to fix, so the command
 * says so: not "corrupt; rebuilding" followed by a stack trace. A file-size limit ({@code ulimit
 * -f}) makes the store's writes fail the way a full disk does, in a child JVM of its own.
 */
@EnabledOnOs(OS.LINUX)
class UnwritableCacheTest {
    @TempDir Path dir;

    @Test
    void aCacheThatCannotBeWrittenIsNamedWithTheReason() throws Exception {
        Path log = dir.resolve("ticks.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(log)) {
            for (int i = 0; i < 5_000; i++) w.write("{\"type\":\"Tick\",\"ts\":" + (1_000 + i) + ",\"n\":" + i + "}\n");
        }
        Path cache = dir.resolve("cache");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String command = "ulimit -f 512; exec \"$0\" -cp \"$1\" dev.chronoscope.Main info \"$2\" --cache-dir \"$3\"";
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command, java.toString(),
                System.getProperty("java.class.path"), log.toString(), cache.toString())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put("CHRONOSCOPE_JVM", "same");
        Process child = builder.start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the command ended");
        String err = Files.readString(dir.resolve("err.txt"));

        assertEquals(1, child.exitValue(), err);
        assertTrue(err.startsWith("chronoscope: cannot write the cache for " + log + " in cache folder " + cache + ": "), err);
        assertTrue(err.contains("File too large"), err);
        assertFalse(err.contains("internal error") || err.contains("corrupt") || err.contains("\tat "), err);
        try (Stream<Path> files = Files.list(cache)) {
            List<Path> stores = files.filter(p -> p.toString().endsWith(".mapdb")).toList();
            assertEquals(List.of(), stores, "a store that could not be written is not left taking space");
        }
    }
}
