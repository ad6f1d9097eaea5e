package dev.chronoscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher does with its first argument: a command, a log for the app, or neither. */
class MainTest {
    @TempDir Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String[]> launches = new ArrayList<>();

    private OptionalInt run(Consumer<String[]> app, String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err), app);
    }

    private OptionalInt run(String... args) {
        return run(launches::add, args);
    }

    @Test
    void everyCommandPrintsItsHelp() {
        for (String command : List.of("info", "state", "diff", "history", "events", "causes", "effects", "generate", "bench")) {
            out.getBuffer().setLength(0);
            assertEquals(OptionalInt.of(0), run(command, "--help"), command + ": " + err);
            assertTrue(out.toString().contains("Usage: chronoscope " + command), out.toString());
        }
        assertTrue(launches.isEmpty());
    }

    @Test
    void aWordThatIsNeitherACommandNorAFileIsAUsageError() {
        assertEquals(OptionalInt.of(2), run("frob", "x"));
        assertTrue(err.toString().startsWith("chronoscope: unknown command or missing file: frob"), err.toString());
        assertTrue(launches.isEmpty(), "the app is not opened on a log that is not there");
    }

    @Test
    void aMissingLogNamedAsAPathIsAnUnusableLog() {
        assertEquals(OptionalInt.of(1), run(dir.resolve("gone.jsonl").toString()));
        assertTrue(err.toString().contains("gone.jsonl: no such file or folder"), err.toString());
        assertTrue(launches.isEmpty());
    }

    @Test
    void anEmptyLogPathIsRefusedNotOpenedAsTheWorkingFolder() {
        assertEquals(OptionalInt.of(1), run(""));
        assertEquals("chronoscope: the log path is empty: name a log file or folder", err.toString().strip());
        assertTrue(launches.isEmpty());
    }

    @Test
    void anExistingLogOpensTheApp() throws IOException {
        Path log = Files.writeString(dir.resolve("a.jsonl"), "{\"type\":\"A\"}\n");
        assertEquals(OptionalInt.empty(), run(log.toString()));
        assertEquals(1, launches.size());
    }

    @Test
    void noDisplayIsSaidInWordsWithoutAStackTrace() {
        OptionalInt status = run(args -> {
            throw new UnsupportedOperationException("Unable to open DISPLAY");
        });
        assertEquals(OptionalInt.of(1), status);
        assertTrue(err.toString().contains("the app needs a display"), err.toString());
        assertTrue(err.toString().contains("chronoscope info LOG"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }
}
