package dev.chronoscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import dev.chronoscope.profile.Mapping;
import dev.chronoscope.profile.Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {
    @TempDir
    Path dir;

    @Test
    void readsLinesWithOffsetsAndLineNumbers() throws IOException {
        Path f = Ingested.write(dir, "a.jsonl", """
                {"type":"A","ts":1,"lane":"x"}

                {"type":"B","ts":2,"lane":"y"}
                """);
        Ingested r = Ingested.read(f);
        assertEquals("json", r.format());
        assertEquals(2, r.events().size());
        assertEquals(2, r.records());
        assertEquals(0, r.event(0).offset());
        assertEquals(1, r.event(1).offset());
        assertEquals("B", r.event(1).type());
        assertEquals("y", r.event(1).lane());
        assertEquals(3, r.event(1).line());
        assertEquals(0, r.errorCount());
        assertEquals("generic", r.profile().name());
    }

    @Test
    void malformedLineIsReportedWithColumnAndTheRestIsKept() throws IOException {
        Path f = Ingested.write(dir, "bad.jsonl", """
                {"type":"A"}
                {"type": x}
                {"type":"C"}
                """);
        Ingested r = Ingested.read(f);
        assertEquals(2, r.events().size());
        assertEquals("C", r.event(1).type());
        assertEquals(1, r.errorCount());
        ReadError e = r.errors().get(0);
        assertEquals(f.toString(), e.file());
        assertEquals(2, e.position());
        assertEquals(ReadContext.PositionKind.LINE, e.kind());
        assertTrue(e.reason().matches("malformed JSON at column 1\\d: .*"), e.reason());
        assertTrue(e.reason().contains("Unrecognized token 'x'"), e.reason());
    }

    @Test
    void twoRecordsGluedOnOneLineAreReportedInWordsNotJacksonSettings() throws IOException {
        Path f = Ingested.write(dir, "glued.jsonl", """
                {"type":"A"}
                {"type":"B"}{"type":"C"}
                {"type":"D"} [1]
                {"type":"E"}
                """);
        Ingested r = Ingested.read(f);
        assertEquals(2, r.events().size());
        assertEquals(2, r.errorCount());
        assertEquals("malformed JSON at column 13: a second value (an object) after a complete JSON value", r.errors().get(0).reason());
        assertEquals(2, r.errors().get(0).position());
        assertEquals("malformed JSON at column 14: a second value (an array) after a complete JSON value", r.errors().get(1).reason());
    }

    @Test
    void nonObjectLineIsReported() throws IOException {
        Path f = Ingested.write(dir, "arr.jsonl", "{\"type\":\"A\"}\n[1,2]\n\"text\"\n");
        Ingested r = Ingested.read(f);
        assertEquals(1, r.events().size());
        assertEquals(2, r.errorCount());
        assertEquals("expected a JSON object, found an array", r.errors().get(0).reason());
        assertEquals(2, r.errors().get(0).position());
        assertEquals("expected a JSON object, found a string", r.errors().get(1).reason());
    }

    @Test
    void firstLineThatIsNoJsonIsOneBadLine() throws IOException {
        for (String first : new String[] {"# comment", "\"str\"", "oops"}) {
            Path f = Ingested.write(dir, "first.jsonl", first + "\n{\"type\":\"B\",\"ts\":2}\n{\"type\":\"C\",\"ts\":3}\n");
            Ingested r = Ingested.read(f);
            assertEquals("json", r.format(), first);
            assertEquals(java.util.List.of("B", "C"), r.events().stream().map(Event::type).toList(), first);
            assertEquals(1, r.errorCount(), first);
            assertEquals(1, r.errors().get(0).position(), first);
        }
    }

    @Test
    void everyThirdLineBrokenFromTheFirstKeepsTheRest() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) text.append(i % 3 == 0 ? "oops\n" : "{\"type\":\"T\",\"ts\":" + (i + 1) + "}\n");
        Ingested r = Ingested.read(Ingested.write(dir, "oops.jsonl", text.toString()));
        assertEquals(2000, r.events().size());
        assertEquals(1000, r.errorCount());
        assertEquals(1, r.errors().get(0).position());
        assertEquals(4, r.errors().get(1).position());
    }

    @Test
    void truncatedFirstLineIsItsOwnErrorAndTheNextRecordsAreKept() throws IOException {
        Path f = Ingested.write(dir, "cut-first.jsonl", "{\"type\":\"A\",\"ts\":1\n{\"type\":\"B\",\"ts\":2}\n{\"type\":\"C\",\"ts\":3}\n");
        Ingested r = Ingested.read(f);
        assertEquals(java.util.List.of("B", "C"), r.events().stream().map(Event::type).toList());
        assertEquals(1, r.errorCount());
        assertEquals(1, r.errors().get(0).position());
        assertEquals(2, r.event(0).line());
    }

    @Test
    void arrayOnTheFirstLineOfJsonLinesIsOneBadLine() throws IOException {
        Path f = Ingested.write(dir, "lead.jsonl", "[1,2]\n{\"type\":\"B\",\"ts\":2}\n{\"type\":\"C\",\"ts\":3}\n");
        Ingested r = Ingested.read(f);
        assertEquals(java.util.List.of("B", "C"), r.events().stream().map(Event::type).toList());
        assertEquals(1, r.errorCount());
        assertEquals(1, r.errors().get(0).position());
        assertEquals("expected a JSON object, found an array", r.errors().get(0).reason());
    }

    @Test
    void truncatedLastLineIsReported() throws IOException {
        Path f = Ingested.write(dir, "cut.jsonl", "{\"type\":\"A\"}\n{\"type\":\"B\",\"ts\":12");
        Ingested r = Ingested.read(f);
        assertEquals(1, r.events().size());
        assertEquals(1, r.errorCount());
        assertEquals(2, r.errors().get(0).position());
        assertTrue(r.errors().get(0).reason().startsWith("truncated last line"), r.errors().get(0).reason());
    }

    @Test
    void lastLineWithoutNewlineIsARecord() throws IOException {
        Path f = Ingested.write(dir, "nonl.jsonl", "{\"type\":\"A\"}\r\n{\"type\":\"B\"}");
        Ingested r = Ingested.read(f);
        assertEquals(2, r.events().size());
        assertEquals(0, r.errorCount());
    }

    @Test
    void lineOver16MegabytesIsSkippedAndReadingGoesOn() throws IOException {
        Path f = dir.resolve("long.jsonl");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write("{\"type\":\"A\"}\n{\"type\":\"Big\",\"blob\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 17; i++) out.write(chunk);
            out.write("\"}\n{\"type\":\"C\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Ingested r = Ingested.read(f);
        assertEquals(2, r.events().size());
        assertEquals("C", r.event(1).type());
        assertEquals(3, r.event(1).line());
        assertEquals(1, r.errorCount());
        assertEquals(2, r.errors().get(0).position());
        assertEquals("line longer than 16 MB", r.errors().get(0).reason());
    }

    @Test
    void emptyFileIsJsonWithNoEvents() throws IOException {
        Path f = Ingested.write(dir, "empty.json", "");
        Ingested r = Ingested.read(f);
        assertEquals("json", r.format());
        assertEquals(0, r.events().size());
        assertEquals(0, r.errorCount());
        assertEquals("generic", r.profile().name());
    }

    @Test
    void backwardsTimestampsKeepLogOrderAndWarnOnce() throws IOException {
        Path f = Ingested.write(dir, "order.jsonl", """
                {"type":"A","ts":5}
                {"type":"B","ts":3}
                {"type":"C","ts":4}
                {"type":"D","ts":1}
                """);
        Ingested r = Ingested.read(f);
        assertEquals("B", r.event(1).type());
        assertEquals(3, r.event(1).time());
        assertEquals(java.util.List.of("timestamps go backwards 2 times, first at line 2"), r.warnings());
    }

    @Test
    void unreadableTimesAreCountedInOneWarning() throws IOException {
        Path f = Ingested.write(dir, "times.jsonl", """
                {"type":"A","time":"soon"}
                {"type":"B","time":"2024-01-01T00:00:00Z"}
                {"type":"C","time":"later"}
                """);
        Ingested r = Ingested.read(f);
        assertEquals(Event.NO_TIME, r.event(0).time());
        assertEquals(1_704_067_200_000_000_000L, r.event(1).time());
        assertEquals(java.util.List.of("2 records have a time that is neither a number nor an ISO-8601 date-time (first at line 1)"),
                r.warnings());
    }

    /**
     * A mapped field of the wrong JSON type (a lane that is an object, a vector clock that is a list
     * or counts in words) is dropped and the record kept, and a warning names the field and its first
     * line, so that a profile that maps the wrong field, or a writer that changed shape, is seen.
     */
    @Test
    void mappedFieldsOfTheWrongShapeAreDroppedWithAWarningNamingTheFirstLine() throws IOException {
        Path f = Ingested.write(dir, "shapes.jsonl", """
                {"type":"A","at":1,"src":"db","vc":{"db":1}}
                {"type":"B","at":{"ms":2},"src":"db","vc":{"db":2}}
                {"type":"C","at":3,"src":{"host":"db"},"vc":[3]}
                {"type":"D","at":4,"src":["db"],"vc":{"db":4,"web":"three"},"clock":{"db":"x"}}
                {"type":"E","at":5,"src":"web","vc":{"db":4,"web":1}}
                {"type":["F"],"at":6,"src":"web"}
                """);
        Mapping mapping = new Mapping("$.type", "$.at", "ns", null, "$.src", null, null, null, null, null, "$.vc");
        Ingested r = Ingested.read(f, new Profile("shapes", "test", null, mapping, null, null));

        assertEquals(6, r.events().size());
        assertEquals(0, r.errorCount());
        assertEquals(Event.NO_TIME, r.event(1).time());
        assertEquals("", r.event(2).lane());
        assertEquals(null, r.event(2).clock());
        assertEquals(java.util.Map.of("db", 4L), r.event(3).clock().entries());
        assertEquals(java.util.List.of(
                "1 records have a time that is neither a number nor an ISO-8601 date-time (first at line 2)",
                "1 records have a type ($.type) that is an object or array, not one value; they have no type (first at line 6)",
                "2 records have a lane ($.src) that is an object or array, not one value; they have no lane (first at line 3)",
                "2 records have a vector clock ($.vc) that is not an object of whole-number counters;"
                        + " what is not a whole number is left out (first at line 3)"), r.warnings());
    }

    @Test
    void dashedTimeTextCostsOnlyThatRecordsTime() throws IOException {
        Path f = Ingested.write(dir, "dashed.jsonl", """
                {"type":"A","ts":1}
                {"type":"B","ts":"12-34","duration":"1-2"}
                {"type":"C","ts":3}
                """);
        Ingested r = Ingested.read(f);
        assertEquals(3, r.events().size());
        assertEquals(0, r.errorCount());
        assertEquals(Event.NO_TIME, r.event(1).time());
        assertEquals(Event.NO_DURATION, r.event(1).duration());
        assertEquals(java.util.List.of("1 records have a time that is neither a number nor an ISO-8601 date-time (first at line 2)"),
                r.warnings());
    }

    @Test
    void timesTooLargeForTheirUnitAreWarnedAboutAsSuch() throws IOException {
        Path f = Ingested.write(dir, "huge.jsonl", """
                {"type":"A","took_at_s":1}
                {"type":"B","took_at_s":1e300}
                {"type":"C","took_at_s":2e300}
                """);
        Mapping seconds = new Mapping(null, "$.took_at_s", "s", null, null, null, null, null, null, null, null);
        Ingested r = Ingested.read(f, new Profile("seconds", "test", null, seconds, null, null));
        assertEquals(Event.NO_TIME, r.event(1).time());
        assertEquals(java.util.List.of("2 numeric times are too large for their unit to be a time in ns (first at line 2); they have no time"),
                r.warnings());
    }

    @Test
    void byteOrderMarkIsSkipped() throws IOException {
        Path f = dir.resolve("bom.jsonl");
        Files.write(f, ("\uFEFF{\"type\":\"A\"}\n").getBytes(StandardCharsets.UTF_8));
        Ingested r = Ingested.read(f);
        assertEquals(1, r.events().size());
        assertEquals("A", r.event(0).type());
        Event e = r.event(0);
        assertEquals(Event.NO_TIME, e.time());
    }
}
