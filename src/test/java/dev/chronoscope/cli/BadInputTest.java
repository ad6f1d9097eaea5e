package dev.chronoscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is normal input: each case of the engine issue, end to end through the CLI. */
class BadInputTest {
    @TempDir Path dir;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("cache"));
    }

    @Test
    void badRecordsAreCountedWithTheirLinesAndTheRestIsKept() throws IOException {
        Path log = dir.resolve("mixed.jsonl");
        try (OutputStream out = Files.newOutputStream(log)) {
            out.write("{\"type\":\"A\",\"ts\":1}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"type\":\"B\",\"ts\":2,,}\n".getBytes(StandardCharsets.UTF_8));
            out.write("[1,2,3]\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"type\":\"C\",\"ts\":3}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"type\":\"huge\",\"pad\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 17; i++) out.write(chunk);
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"type\":\"D\",\"ts\":4}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"type\":\"E\",\"ts\":5".getBytes(StandardCharsets.UTF_8));
        }
        JsonNode info = cli.json("info", log.toString(), "--json");
        assertEquals(3, info.get("events").asLong(), "A, C and D survive");
        assertEquals(4, info.get("errors").asLong());
        String samples = info.get("errorSamples").toString();
        for (int line : new int[] {2, 3, 5, 7}) {
            assertTrue(samples.contains("\"line\":" + line), "line " + line + " reported: " + samples);
        }
        assertTrue(samples.contains("16 MB"), samples);
        CliRunner.Result text = cli.run("info", log.toString());
        assertTrue(text.out().contains("errors:      4"), text.out());
    }

    /** Arguments out of their range are unusable: exit 1 and a message naming the argument, never an empty answer. */
    @Test
    void argumentsOutOfRangeAreRefusedWithTheirNames() throws IOException {
        Path shiviz = Files.writeString(dir.resolve("multi.log"), String.join("\n",
                "=== run 1 ===", "x", "a {\"a\":1}", "=== run 2 ===", "y", "b {\"b\":1}") + "\n");
        String delimiter = "--delimiter=^=== (?<trace>.*) ===$";
        assertEquals(1, cli.json("info", shiviz.toString(), delimiter, "--execution=1", "--json").get("events").asLong());
        CliRunner.Result beyond = cli.run("info", shiviz.toString(), delimiter, "--execution=2");
        assertEquals(1, beyond.status(), beyond.out());
        assertTrue(beyond.err().contains("execution 2 (0-based) does not exist"), beyond.err());
        CliRunner.Result negative = cli.run("info", shiviz.toString(), delimiter, "--execution=-1");
        assertEquals(1, negative.status(), negative.out());
        assertTrue(negative.err().contains("--execution must be 0 or more, was -1"), negative.err());

        Path log = Files.writeString(dir.resolve("two.jsonl"), "{\"type\":\"A\",\"ts\":1}\n{\"type\":\"B\",\"ts\":2}\n");
        CliRunner.Result limit = cli.run("events", log.toString(), "--limit=-1", "--json");
        assertEquals(1, limit.status(), limit.out());
        assertTrue(limit.err().contains("--limit must be 0 or more, was -1"), limit.err());
        CliRunner.Result bench = cli.run("bench", "--events=-5", "--json");
        assertEquals(1, bench.status(), bench.out());
        assertTrue(bench.err().contains("--events must be 1 or more, was -5") && !bench.err().contains("internal error"), bench.err());
    }

    /**
     * A state thousands of levels deep (a profile's path may be that long) prints as JSON like any
     * other: Jackson's own writer stops at 1,000 levels and its tree serializer recurses.
     */
    @Test
    void aDeepStatePrintsAsJson() throws IOException {
        StringBuilder path = new StringBuilder("s0");
        for (int i = 1; i < 5000; i++) path.append("/s").append(i);
        Path profile = Files.writeString(dir.resolve("deep.json"),
                "{\"rules\": [{\"on\": \"*\", \"set\": {\"" + path + "\": \"$type\"}}]}");
        Path log = Files.writeString(dir.resolve("one.jsonl"), "{\"type\":\"A\",\"ts\":1}\n");
        CliRunner.Result r = cli.run("state", log.toString(), "--profile=" + profile, "--at=0", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder().maxNestingDepth(10_000).build())
                .build()).readTree(r.out()).get("state");
        for (int i = 0; i < 5000; i++) node = node.get("s" + i);
        assertEquals("A", node.asText());
    }

    /**
     * A log is untrusted text: an escape sequence in a type or a field must reach the terminal as
     * visible escapes, never raw, and --json output must still parse to the same strings.
     */
    @Test
    void controlCharactersFromTheLogNeverReachTheTerminalRaw() throws IOException {
        Path log = dir.resolve("escapes.jsonl");
        String written = "A\\u001b]0;owned\\u0007\\u009b2J"; // JSON escapes in the file
        Files.writeString(log, "{\"type\":\"" + written + "\",\"ts\":1,\"state\":\"x\\u007fy\"}\n{\"type\":\"B\",\"ts\":2}\n");
        for (String[] command : new String[][] {{"info"}, {"events"}, {"state", "--at=0"}}) {
            String[] args = new String[command.length + 1];
            args[0] = command[0];
            args[1] = log.toString();
            System.arraycopy(command, 1, args, 2, command.length - 1);
            CliRunner.Result r = cli.run(args);
            assertEquals(0, r.status(), r.err());
            for (char c : r.out().toCharArray()) {
                assertTrue(!ControlEscapingWriter.isControl(c), command[0] + " printed control character " + (int) c + ": " + r.out());
            }
            if (!command[0].equals("state")) assertTrue(r.out().contains(written), command[0] + ": " + r.out());
        }
        JsonNode events = cli.json("events", log.toString(), "--json");
        assertEquals("A\u001b]0;owned\u0007\u009b2J", events.get("events").get(0).get("type").asText(), "--json keeps the characters");
        CliRunner.Result missing = cli.run("info", dir.resolve("no\u001b[2Jsuch.jsonl").toString());
        assertTrue(missing.err().contains("no\\u001b[2Jsuch.jsonl"), missing.err());
    }

    /**
     * A line break in a type, lane, value or file name, printed raw, starts a line the log wrote
     * (a fake "errors: 0"); a bidirectional override shows the rest of the line reversed.
     */
    @Test
    void lineBreaksAndBidiControlsInLogTextStayInsideTheirLine() throws IOException {
        Path log = Files.createDirectory(dir.resolve("two\nlines")).resolve("log.jsonl");
        Files.writeString(log, "{\"type\":\"A\\nerrors: 0\",\"ts\":1,\"lane\":\"\\t\\u202egnp\"}\n"
                + "{\"type\":\"B\",\"ts\":2\n");
        CliRunner.Result info = cli.run("info", log.toString());
        assertEquals(0, info.status(), info.err());
        assertTrue(info.out().contains("log:         " + dir + "/two\\u000alines/log.jsonl\n"), info.out());
        assertTrue(info.out().contains("  A\\u000aerrors: 0 "), info.out());
        assertTrue(info.out().contains("[\\u0009\\u202egnp]"), info.out());
        assertTrue(info.out().contains("\n  " + dir + "/two\\u000alines/log.jsonl: line 2: "), info.out());
        for (String[] command : new String[][] {{"info"}, {"events"}, {"state", "--at=0"}, {"history", "--path="}}) {
            String[] args = new String[command.length + 1];
            args[0] = command[0];
            args[1] = log.toString();
            System.arraycopy(command, 1, args, 2, command.length - 1);
            CliRunner.Result r = cli.run(args);
            assertEquals(0, r.status(), r.err());
            for (String line : r.out().split("\n")) {
                assertTrue(!line.startsWith("errors: 0") && !line.contains("\u202e") && !line.contains("\t"),
                        command[0] + " let log text break its line: " + r.out());
            }
        }
        CliRunner.Result missing = cli.run("info", dir.resolve("no\nsuch.jsonl").toString());
        assertTrue(missing.err().startsWith("chronoscope: ") && missing.err().contains("no\\u000asuch.jsonl"), missing.err());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        JsonNode events = cli.json("events", log.toString(), "--json");
        assertEquals("A\nerrors: 0", events.at("/events/0/type").asText(), "--json keeps the characters");
        assertEquals("\t\u202egnp", events.at("/events/0/lane").asText());
    }

    @Test
    void aMalformedRecordIsDescribedWithoutParserInternals() throws IOException {
        Path log = dir.resolve("mid.jsonl");
        Files.writeString(log, "{\"type\":\"A\",\"x\":[1,2]}\n{\"type\":\"B\"}\n{\"type\":\"C\",\"x\":[1,2}\n{\"type\":\"D\"}\n");
        JsonNode info = cli.json("info", log.toString(), "--json");
        assertEquals(1, info.get("errors").asLong());
        assertEquals(3, info.at("/errorSamples/0/line").asLong());
        assertEquals("malformed JSON at column 21: unexpected '}': expected ']' to close the array",
                info.at("/errorSamples/0/reason").asText());
    }

    /** A record past the parser's limits (nesting, digits) is a bad record like any other, told in words. */
    @Test
    void aRecordOverTheParsersLimitsIsCountedWithoutParserInternals() throws IOException {
        Path log = dir.resolve("deep.jsonl");
        Files.writeString(log, "{\"type\":\"A\",\"ts\":1}\n"
                + "{\"type\":\"Deep\",\"ts\":2,\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}\n"
                + "{\"type\":\"Long\",\"ts\":3,\"n\":" + "9".repeat(5_000) + "}\n"
                + "{\"type\":\"Z\",\"ts\":4}\n");
        JsonNode info = cli.json("info", log.toString(), "--json");
        assertEquals(2, info.get("events").asLong(), info.toString());
        assertEquals(2, info.get("errors").asLong(), info.toString());
        assertEquals(2, info.at("/errorSamples/0/line").asLong());
        assertEquals("malformed JSON: document nesting depth 1001 is over the limit of 1000",
                info.at("/errorSamples/0/reason").asText());
        assertEquals(3, info.at("/errorSamples/1/line").asLong());
        assertTrue(info.at("/errorSamples/1/reason").asText().endsWith("number value length 5000 is over the limit of 1000"),
                info.toString());
    }

    @Test
    void randomBytesAreNotALog() throws IOException {
        Path log = dir.resolve("noise.bin");
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        noise[0] = 0x01;
        Files.write(log, noise);
        CliRunner.Result r = cli.run("info", log.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("noise.bin"), r.err());
    }

    @Test
    void randomBytesReadAsAForcedFormatAreUnusableForEveryCommand() throws IOException {
        Path log = dir.resolve("rand.bin");
        byte[] noise = new byte[4000];
        new Random(7).nextBytes(noise);
        Files.write(log, noise);
        for (String format : new String[] {"json", "jfr", "rodent", "chrome"}) {
            CliRunner.Result r = cli.run("info", log.toString(), "--format", format);
            assertEquals(1, r.status(), format + ": " + r.out());
            assertTrue(r.err().contains("rand.bin: no record could be read as " + format + ": "), r.err());
            assertTrue(r.err().contains("line 1: ") || r.err().contains("byte 0: "), "where: " + r.err());
        }
        for (String[] command : new String[][] {{"events"}, {"state", "--at", "0"}, {"history", "--path", "a"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of(log.toString(), "--format", "json")).toArray(String[]::new);
            CliRunner.Result r = cli.run(args);
            assertEquals(1, r.status(), command[0] + " on a cached unreadable log: " + r.out());
            assertTrue(r.err().contains("no record could be read as json"), r.err());
        }
    }

    @Test
    void aJsonLogForcedAsJfrIsUnusable() throws IOException {
        Path log = dir.resolve("bank.jsonl");
        Files.writeString(log, "{\"type\":\"A\",\"ts\":1}\n");
        CliRunner.Result r = cli.run("info", log.toString(), "--format", "jfr");
        assertEquals(1, r.status(), r.out());
        assertTrue(r.err().contains("bank.jsonl: no record could be read as jfr: byte 0: no JFR chunk header"), r.err());
    }

    @Test
    void aMissingFileIsNamed() {
        CliRunner.Result r = cli.run("info", dir.resolve("nope.jsonl").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("nope.jsonl") && r.err().contains("no such file"), r.err());
    }

    /** An unset variable in a script ('info "$LOG"') must not open the working folder as the log. */
    @Test
    void anEmptyLogPathIsRefusedNotTakenForTheWorkingFolder() {
        for (String command : new String[] {"info", "events"}) {
            CliRunner.Result r = cli.run(command, "");
            assertEquals(1, r.status(), r.err());
            assertEquals("chronoscope: the log path is empty: name a log file or folder", r.err().strip());
            assertEquals("", r.out());
        }
    }

    @Test
    void anEmptyCacheFolderIsRefusedWithoutAStackTrace() throws IOException {
        Path log = Files.writeString(dir.resolve("a.jsonl"), "{\"type\":\"A\",\"ts\":1}\n");
        java.io.StringWriter err = new java.io.StringWriter();
        int status = Cli.run(new String[] {"info", log.toString(), "--cache-dir", ""},
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err));
        assertEquals(1, status, err.toString());
        assertEquals("chronoscope: the cache folder path is empty: name a folder, or leave --cache-dir out for the default",
                err.toString().strip());
    }

    /**
     * A log is read several times (sniffed, read, fingerprinted): a FIFO with no writer would hang
     * the command, and a pipe such as /dev/stdin would read as an empty log the second time.
     */
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aFifoIsRefusedAsNotAFileInsteadOfWaitedOn() throws Exception {
        Path fifo = dir.resolve("events.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CliRunner.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> cli.run("info", fifo.toString()));
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("events.fifo") && r.err().contains("not a file but a pipe"), r.err());
    }

    @Test
    void aFolderOfUnknownFilesIsNamed() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("junk"));
        byte[] noise = new byte[2048];
        new Random(5).nextBytes(noise);
        noise[0] = 0x02;
        Files.write(folder.resolve("a.bin"), noise);
        Files.write(folder.resolve("b.dat"), noise);
        CliRunner.Result r = cli.run("info", folder.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("junk"), r.err());
    }

    @Test
    void anEmptyFileHasNoEvents() throws IOException {
        Path log = Files.createFile(dir.resolve("empty.jsonl"));
        JsonNode info = cli.json("info", log.toString(), "--json");
        assertEquals(0, info.get("events").asLong());
        assertEquals(0, info.get("errors").asLong());
        // Blank lines are an empty log too ('\n' also reads as a protobuf field tag).
        Path blank = Files.writeString(dir.resolve("blank.jsonl"), "\n\n   \n");
        JsonNode blankInfo = cli.json("info", blank.toString(), "--json");
        assertEquals("json", blankInfo.get("format").asText());
        assertEquals(0, blankInfo.get("events").asLong());
    }

    /** A compressed log or one in UTF-16 is no log as it stands, and the message says what to do. */
    @Test
    void compressedAndUtf16LogsSayWhatToDo() throws IOException {
        Path gz = dir.resolve("log.jsonl.gz");
        try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("{\"type\":\"A\",\"ts\":1}\n".getBytes(StandardCharsets.UTF_8));
        }
        CliRunner.Result packed = cli.run("info", gz.toString());
        assertEquals(1, packed.status());
        assertTrue(packed.err().contains("gzip-compressed data: decompress it first"), packed.err());
        Path utf16 = Files.write(dir.resolve("utf16.jsonl"), "{\"type\":\"A\",\"ts\":1}\n".getBytes(StandardCharsets.UTF_16));
        CliRunner.Result wide = cli.run("info", utf16.toString());
        assertEquals(1, wide.status());
        assertTrue(wide.err().contains("UTF-16 text: save it as UTF-8"), wide.err());
    }

    @Test
    void eventsWithoutATimeHaveNullTimesInJson() throws IOException {
        Path log = dir.resolve("untimed.jsonl");
        Files.writeString(log, "{\"type\":\"A\",\"at\":\"x1\"}\n{\"type\":\"B\",\"at\":\"x2\"}\n");
        JsonNode info = cli.json("info", log.toString(), "--json");
        assertEquals(2, info.get("events").asLong());
        assertTrue(info.get("firstTime").isNull(), info.toString());
        assertTrue(info.get("lastTime").isNull(), info.toString());
        JsonNode events = cli.json("events", log.toString(), "--json");
        assertTrue(events.at("/events/0/time").isNull(), events.toString());
    }

    @Test
    void timeGoingBackwardsAndDuplicateIdsAreKeptAndReported() throws IOException {
        Path log = dir.resolve("odd.jsonl");
        Files.writeString(log, """
                {"type":"A","ts":3000,"id":"x"}
                {"type":"B","ts":1000,"id":"y"}
                {"type":"C","ts":2000,"id":"x"}
                """);
        JsonNode info = cli.json("info", log.toString(), "--json");
        assertEquals(3, info.get("events").asLong());
        String warnings = info.get("warnings").toString();
        assertTrue(warnings.contains("backwards"), warnings);
        assertTrue(warnings.contains("1 event carries an id that an earlier event already had (all kept);"
                + " first \\\"x\\\" at offset 2 (line 3), which offset 0 (line 1) already had"), warnings);
        JsonNode events = cli.json("events", log.toString(), "--json");
        assertEquals("B", events.at("/events/1/type").asText(), "log order is kept");
    }

    @Test
    void aProfileWithASyntaxErrorNamesItsLineAndColumn() throws IOException {
        Path profile = dir.resolve("broken.json");
        CliRunner.Result r = infoWithProfile(profile, "{\n  \"name\": \"broken\",\n  \"rules\": [ { \"on\": \"A\" \"set\": {} } ]\n}\n");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("broken.json:3:"), r.err());
    }

    /** A problem found as the fold is built is told like one found as the profile is read: from its place on. */
    @Test
    void aProfileErrorFoundAtTheFoldStartsWithItsPlace() throws IOException {
        Path profile = dir.resolve("mine.json");
        CliRunner.Result r = infoWithProfile(profile, "{\"name\": \"mine\",\n \"projections\": [\"nope\"],\n \"rules\": []}\n");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("chronoscope: " + profile + ":2:"), r.err());
        assertTrue(r.err().contains("unknown projection 'nope'"), r.err());
    }

    /** {@code info} on a one-event log with profile written as text. */
    private CliRunner.Result infoWithProfile(Path profile, String text) throws IOException {
        Path log = dir.resolve("a.jsonl");
        Files.writeString(log, "{\"type\":\"A\"}\n");
        Files.writeString(profile, text);
        return cli.run("info", log.toString(), "--profile", profile.toString());
    }

    @Test
    void generatingBelowAFileSaysThatItIsAFile() throws IOException {
        Path file = Files.createFile(dir.resolve("afile"));
        Path out = file.resolve("x.jsonl");
        CliRunner.Result r = cli.run("generate", "angzarr-kernel", "--events", "10", "--out", out.toString());
        assertEquals(1, r.status());
        assertEquals("chronoscope: cannot write " + out + ": " + file + " is a file, not a folder", r.err().strip());
    }

    @Test
    void aCacheFolderThatIsAFileIsNamedNotTakenForACorruptCache() throws IOException {
        Path log = dir.resolve("a.jsonl");
        Files.writeString(log, "{\"type\":\"A\",\"ts\":1}\n");
        Path file = Files.createFile(dir.resolve("not-a-folder"));

        CliRunner.Result r = new CliRunner(file).run("info", log.toString());
        assertEquals(1, r.status(), r.out());
        assertEquals("chronoscope: cache folder " + file + " is a file, not a folder", r.err().strip());

        CliRunner.Result below = new CliRunner(file.resolve("cache")).run("info", log.toString());
        assertEquals(1, below.status(), below.out());
        assertEquals("chronoscope: cache folder " + file.resolve("cache") + " cannot be created: " + file
                + " is a file, not a folder", below.err().strip());
    }

    @Test
    void anUnknownFormatNameIsUnusable() throws IOException {
        Path log = dir.resolve("a.jsonl");
        Files.writeString(log, "{\"type\":\"A\"}\n");
        CliRunner.Result r = cli.run("info", log.toString(), "--format", "klingon");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("klingon"), r.err());
    }

    /**
     * A filter regex that backtracks for hours on a long value (five .* before a text that is not there) is
     * an unusable argument naming the event, not a command that runs for hours; in a profile's
     * "when" it stops the ingest with the same words instead of hanging it.
     */
    @Test
    void aRegexThatBacktracksWithoutEndGivesUpWithItsPlace() throws IOException {
        Path log = logWhoseSecondValueMakesRegexesBacktrack();
        CliRunner.Result r = cli.run("events", log.toString(), "--count", "--filter", "msg ~ \".*.*.*.*.*==\"");
        assertEquals(1, r.status(), r.out());
        assertTrue(r.err().startsWith("chronoscope: --filter: col 7: at the event at offset 1, the regular expression"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());

        Path profile = dir.resolve("slow.json");
        Files.writeString(profile, "{\"name\": \"slow\", \"rules\": [{\"on\": \"*\", \"when\": \"msg ~ \\\".*.*.*.*.*==\\\"\", \"set\": {\"seen\": true}}]}");
        r = cli.run("info", log.toString(), "--profile", profile.toString());
        assertEquals(1, r.status(), r.out());
        assertTrue(r.err().contains("long.jsonl: a profile rule's \"when\" gave up, col 7: at the event at offset 1"), r.err());
    }

    /** Offset 1's msg is 10,000 "x=" pairs: ".*.*.*.*.*==" backtracks on it without end. */
    private Path logWhoseSecondValueMakesRegexesBacktrack() throws IOException {
        Path log = dir.resolve("long.jsonl");
        Files.writeString(log, "{\"type\":\"A\",\"msg\":\"short\"}\n{\"type\":\"B\",\"msg\":\"" + "x=".repeat(10_000) + "\"}\n");
        return log;
    }

    /** Machine output is a whole document or nothing: a filter that gives up before any match prints no '{"events":['. */
    @Test
    void aFilterThatGivesUpBeforeAnyMatchLeavesTheJsonOutputEmpty() throws IOException {
        Path log = logWhoseSecondValueMakesRegexesBacktrack();
        CliRunner.Result r = cli.run("events", log.toString(), "--json", "--filter", "msg ~ \".*.*.*.*.*==\"");
        assertEquals(1, r.status(), r.out());
        assertTrue(r.err().startsWith("chronoscope: --filter: col 7: at the event at offset 1"), r.err());
        assertEquals("", r.out());

        JsonNode none = cli.json("events", log.toString(), "--json", "--filter", "type = Z");
        assertEquals("{\"events\":[]}", none.toString());
    }
}
