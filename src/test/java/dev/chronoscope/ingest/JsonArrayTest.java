package dev.chronoscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonArrayTest {
    @TempDir
    Path dir;

    private static List<String> types(Ingested r) {
        return r.events().stream().map(e -> e.type()).toList();
    }

    @Test
    void arrayWithTrailingCommaAndMissingBracket() throws IOException {
        Path f = Ingested.write(dir, "cut.json", "[\n{\"type\":\"A\"},\n{\"type\":\"B\"},\n");
        Ingested r = Ingested.read(f);
        assertEquals(List.of("A", "B"), types(r));
        assertEquals(0, r.errorCount());
        assertEquals(3, r.event(1).line());
    }

    @Test
    void dateOnlyTimeInAnArrayIsMidnightAndTheOtherRecordsStay() throws IOException {
        Path f = Ingested.write(dir, "dates.json", "[{\"type\":\"A\",\"ts\":1},{\"type\":\"B\",\"ts\":\"2023-11-14\"},{\"type\":\"C\",\"ts\":3}]");
        Ingested r = Ingested.read(f);
        assertEquals(List.of("A", "B", "C"), types(r));
        assertEquals(1_699_920_000_000_000_000L, r.event(1).time());
    }

    @Test
    void closedArrayWithTrailingComma() throws IOException {
        Path f = Ingested.write(dir, "closed.json", "[{\"type\":\"A\"},{\"type\":\"B\"},]");
        Ingested r = Ingested.read(f);
        assertEquals(List.of("A", "B"), types(r));
        assertEquals(0, r.errorCount());
    }

    /**
     * A record over the JSON parser's limits costs itself only, at its own line: its exception has
     * no location, and reading once restarted from the top of the file, reading records again.
     */
    @Test
    void aRecordOverTheParsersLimitsCostsOnlyItselfInAnArrayAndInConcatenatedDocuments() throws IOException {
        String[] tooBig = {"\"" + "k".repeat(60_000) + "\":1", "\"x\":" + "[".repeat(1_500) + "]".repeat(1_500)};
        for (String big : tooBig) {
            String array = "[\n{\"type\":\"A\"},\n{\"type\":\"B\"},\n{\"type\":\"C\"," + big + "},\n{\"type\":\"D\"},\n{\"type\":\"E\"}\n]\n";
            String documents = "{\"type\":\"A\",\n \"n\":1}\n{\"type\":\"B\",\n \"n\":2}\n{\"type\":\"C\",\n " + big
                    + "}\n{\"type\":\"D\",\n \"n\":4}\n{\"type\":\"E\",\n \"n\":5}\n";
            assertOnlyTheBigRecordIsLost(Ingested.read(Ingested.write(dir, "big.json", array)), 4);
            assertOnlyTheBigRecordIsLost(Ingested.read(Ingested.write(dir, "big-docs.json", documents)), 6);
        }
    }

    private static void assertOnlyTheBigRecordIsLost(Ingested r, long line) {
        assertEquals(List.of("A", "B", "D", "E"), types(r));
        assertEquals(1, r.errorCount(), r.errors().toString());
        assertEquals(line, r.errors().get(0).position(), r.errors().toString());
        assertTrue(r.errors().get(0).reason().contains("is over the limit of"), r.errors().get(0).reason());
    }

    @Test
    void nonObjectElementsAreReportedAndSkipped() throws IOException {
        Path f = Ingested.write(dir, "mixed.json", "[\n{\"type\":\"A\"},\n[1,[2]],\n7,\n{\"type\":\"B\"}\n]");
        Ingested r = Ingested.read(f);
        assertEquals(List.of("A", "B"), types(r));
        assertEquals(2, r.errorCount());
        assertEquals("expected a JSON object, found an array", r.errors().get(0).reason());
        assertEquals(3, r.errors().get(0).position());
        assertEquals("expected a JSON object, found a number", r.errors().get(1).reason());
    }

    @Test
    void recordsAfterALeadingArrayAreStillRead() throws IOException {
        Path f = Ingested.write(dir, "lead.json", "[1, \"x\"]\n{\"type\":\"A\"}\n");
        Ingested r = Ingested.read(f);
        assertEquals(List.of("A"), types(r));
        assertEquals(2, r.event(0).line());
    }

    @Test
    void arrayOfNonObjectsAloneIsAnArrayFile() throws IOException {
        Path f = Ingested.write(dir, "numbers.json", "[1, \"x\"]\n");
        Ingested r = Ingested.read(f);
        assertEquals(List.of(), types(r));
        assertEquals(2, r.errorCount());
        assertEquals("expected a JSON object, found a number", r.errors().get(0).reason());
    }

    @Test
    void syntaxErrorLosesOnlyTheBrokenRecord() throws IOException {
        Path f = Ingested.write(dir, "broken.json", """
                [
                  {"type": "A"},
                  {"type": oops},
                  {"type": "C"},
                  {"type": "D"}
                ]
                """);
        Ingested r = Ingested.read(f);
        assertEquals(List.of("A", "C", "D"), types(r));
        assertEquals(1, r.errorCount());
        assertEquals(3, r.errors().get(0).position());
        assertTrue(r.errors().get(0).reason().startsWith("malformed JSON at column"), r.errors().get(0).reason());
        assertEquals(4, r.event(1).line());
    }

    @Test
    void missingCommaBetweenRecordsLosesNothing() throws IOException {
        Path f = Ingested.write(dir, "comma.json", "[\n  {\"type\":\"A\"}\n  {\"type\":\"B\"},\n  {\"type\":\"C\"}\n]\n");
        Ingested r = Ingested.read(f);
        assertEquals(List.of("A", "B", "C"), types(r));
        assertEquals(1, r.errorCount());
        assertEquals(3, r.errors().get(0).position());
        assertTrue(r.errors().get(0).reason().contains("was expecting comma"), r.errors().get(0).reason());
        assertEquals(3, r.event(1).line());
    }

    @Test
    void brokenRecordsOnEveryLineNeverLoop() throws IOException {
        Path f = Ingested.write(dir, "junk.json", "[\n{x\n{y\n{\"type\":\"A\"}\n{z\n");
        Ingested r = Ingested.read(f);
        assertEquals(List.of("A"), types(r));
        assertEquals(3, r.errorCount(), r.errors().toString());
    }

    @Test
    void recordCutOffAtTheEndIsReported() throws IOException {
        Path f = Ingested.write(dir, "cut-inside.json", "[{\"type\":\"A\"},\n{\"type\":\"B\",\"x\":[1,");
        Ingested r = Ingested.read(f);
        assertEquals(List.of("A"), types(r));
        assertEquals(1, r.errorCount());
        assertEquals(2, r.errors().get(0).position());
        assertTrue(r.errors().get(0).reason().startsWith("truncated record"), r.errors().get(0).reason());
    }

    @Test
    void prettyPrintedRecordsOneAfterAnother() throws IOException {
        Path f = Ingested.write(dir, "pretty.json", """
                {
                  "type": "A",
                  "ts": 1
                }
                {
                  "type": "B",
                  "ts": 2
                }
                """);
        Ingested r = Ingested.read(f);
        assertEquals(List.of("A", "B"), types(r));
        assertEquals(5, r.event(1).line());
        assertEquals(0, r.errorCount());
    }

    @Test
    void realChromeTraceCutAfterTrailingCommaReadsAsJson() throws IOException {
        Path f = Path.of(System.getProperty("chronoscope.realdata", "../shared/realdata"),
                "chrome-trace", "partial-trailing-comma.json");
        Ingested r = Ingested.read(f);
        assertEquals(0, r.errorCount(), r.errors().toString());
        assertTrue(r.events().size() > 0);
        assertTrue(r.events().stream().allMatch(e -> e.record().has("ph")));
    }
}
