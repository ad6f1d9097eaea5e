package dev.chronoscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class ShivizFormatTest {
    public static final String FACEBOOK_EXPRESSION = "(?<ip>(\\d{1,3}\\.){3}\\d{1,3}) (?<date>(\\d{1,2}/){2}\\d{4} (\\d{2}:){2}\\d{2} (AM|PM)) "
            + "(?<action>(INFO|GET|POST)) (?<event>.*)\\n(?<host>\\w*) (?<clock>.*)";

    @TempDir
    Path dir;

    public static Path realdata(String name) {
        return Path.of(System.getProperty("chronoscope.realdata", "../shared/realdata"), "shiviz", name);
    }

    @Test
    void facebookLogWithItsExpression() throws IOException {
        RecordingContext context = new RecordingContext(new ReaderOptions(FACEBOOK_EXPRESSION, null, 0));
        List<Event> events = RecordingContext.readAll(realdata("facebook.log"), context);
        assertEquals(List.of(), context.errors);
        assertEquals(47, events.size());
        assertEquals(Map.of("alice", 11L, "loadBalancer", 10L, "eastDC", 16L, "westDC", 10L), lanes(events));
        Event first = events.get(0);
        assertEquals(Instant.parse("2013-05-27T10:53:39Z").toEpochMilli() * 1_000_000L, first.time());
        assertEquals("GET", first.record().get("action").asText());
        assertEquals("24.22.130.14", first.record().get("ip").asText());
        assertEquals("/timeline uid=alice location=kansas", first.record().get("event").asText());
        assertEquals(1, first.line());
        assertEquals(Map.of("alice", 1L), first.clock().entries());
        assertEquals(4, events.get(1).clock().entries().size());
        assertTrue(context.bytes > 0);
    }

    /**
     * An expression that backtracks without end (five .* in a row) cost hours on a log of long
     * lines, and the same again on each line; it is refused at the line where it gives up.
     */
    @Test
    void anExpressionThatBacktracksWithoutEndIsRefusedAtItsLine() throws IOException {
        Path log = dir.resolve("long.log");
        Files.writeString(log, "start\nhost1 {\"host1\":1}\n" + "x".repeat(400) + "\nhost1 {\"host1\":2}\n");
        RecordingContext context = new RecordingContext(
                new ReaderOptions("(?<event>.*.*.*.*.*=)\\n(?<host>\\S*) (?<clock>{.*})", null, 0));
        // the bound is only there so that a regression fails instead of running for hours
        IOException e = assertTimeoutPreemptively(Duration.ofMinutes(1),
                () -> assertThrows(IOException.class, () -> RecordingContext.readAll(log, context)));
        assertTrue(e.getMessage().startsWith("line 3 of long.log: the ShiViz expression (?<event>.*.*.*.*.*=)"), e.getMessage());
        assertTrue(e.getMessage().contains("it backtracks too much"), e.getMessage());
    }

    @Test
    void aDelimiterThatBacktracksWithoutEndIsRefusedAtItsLine() throws IOException {
        Path log = dir.resolve("long.log");
        Files.writeString(log, "start\nhost1 {\"host1\":1}\n" + "x".repeat(400) + "\nhost1 {\"host1\":2}\n");
        RecordingContext context = new RecordingContext(new ReaderOptions(null, ".*.*.*.*.*=", 0));
        IOException e = assertTimeoutPreemptively(Duration.ofMinutes(1),
                () -> assertThrows(IOException.class, () -> RecordingContext.readAll(log, context)));
        assertTrue(e.getMessage().startsWith("line 3 of long.log: the ShiViz delimiter .*.*.*.*.*= gave up"), e.getMessage());
    }

    @Test
    void facebookLogWithTheDefaultExpression() throws IOException {
        RecordingContext context = new RecordingContext(ReaderOptions.DEFAULT);
        List<Event> events = RecordingContext.readAll(realdata("facebook.log"), context);
        assertEquals(List.of(), context.errors);
        assertEquals(47, events.size());
        assertEquals(4, lanes(events).size());
    }

    @Test
    void simpledbLogWithTheDefaultExpression() throws IOException {
        RecordingContext context = new RecordingContext(ReaderOptions.DEFAULT);
        List<Event> events = RecordingContext.readAll(realdata("simpledb.log"), context);
        assertEquals(List.of(), context.errors);
        assertEquals(509, events.size());
        assertEquals(Map.of("24464", 53L, "24468", 114L, "24469", 114L, "24470", 114L, "24471", 114L), lanes(events));
        assertEquals("Workers are: ", events.get(0).record().get("event").asText());
        assertEquals("Workers", events.get(0).type());
        assertTrue(events.stream().noneMatch(Event::hasTime), "no date group: no time is made up");
        assertTrue(context.warnings.stream().anyMatch(w -> w.contains("events carry no time")), context.warnings.toString());
    }

    @Test
    void sniffScoresRealLogsHighAndOtherTextLow() throws IOException {
        ShivizFormat format = new ShivizFormat();
        assertEquals(90, format.sniff(LogInput.of(realdata("simpledb.log"))));
        assertEquals(90, format.sniff(LogInput.of(realdata("facebook.log"))));
        Path jsonLines = Files.writeString(dir.resolve("a.jsonl"), "{\"a\":1}\n{\"a\":2}\n{\"a\":3}\n");
        assertEquals(0, format.sniff(LogInput.of(jsonLines)));
        Path plain = Files.writeString(dir.resolve("b.log"), "started\nrunning {ok}\nstopped\n");
        assertEquals(0, format.sniff(LogInput.of(plain)));
    }

    @Test
    void garbageAndBadClocksAreReportedWithLinesAndTheRestIsRead() throws IOException {
        Path log = Files.writeString(dir.resolve("bad.log"), String.join("\n",
                "start", "a {\"a\":1}",
                "stray line",
                "send", "a {\"a\":2,,}",
                "recv", "b {\"a\":2, \"b\":1}",
                "odd", "b {\"a\":\"x\"}",
                "", "end", "b {\"a\":2, \"b\":2}") + "\n");
        RecordingContext context = new RecordingContext(ReaderOptions.DEFAULT);
        List<Event> events = RecordingContext.readAll(log, context);
        assertEquals(List.of("start", "recv", "end"), events.stream().map(e -> e.record().get("event").asText()).toList());
        assertEquals(List.of(3L, 5L, 9L), context.errorLines, context.errors.toString());
        assertTrue(context.errors.get(1).contains("bad vector clock"), context.errors.get(1));
        assertEquals(List.of(1L, 6L, 11L), events.stream().map(Event::line).toList());
    }

    /** cli.md: records are what was read; an event the reader reports and drops is an error, not a record too. */
    @Test
    void eventsDroppedForABadClockOrNoHostAreErrorsAndNotRecords() throws IOException {
        Path log = Files.writeString(dir.resolve("bad.log"), String.join("\n",
                "start", "a {\"a\":1}",
                "send", "a {\"a\":2,,}",
                "nobody", " {\"a\":3}",
                "end", "b {\"a\":1, \"b\":1}") + "\n");
        RecordingContext context = new RecordingContext(ReaderOptions.DEFAULT);
        try (EventReader reader = new ShivizFormat().open(LogInput.of(log), context)) {
            int events = 0;
            while (reader.next() != null) events++;
            assertEquals(2, events);
            assertEquals(List.of(4L, 6L), context.errorLines, context.errors.toString());
            assertEquals(2, reader.recordsRead());
        }
    }

    @Test
    void aClockLineCutShortIsReportedLineByLineUntilTheReaderRealigns() throws IOException {
        Path log = Files.writeString(dir.resolve("cut.log"), String.join("\n",
                "send", "a {\"a\":1", "recv", "b {\"a\":1, \"b\":1}") + "\n");
        RecordingContext context = new RecordingContext(ReaderOptions.DEFAULT);
        List<Event> events = RecordingContext.readAll(log, context);
        assertEquals(List.of("recv"), events.stream().map(e -> e.record().get("event").asText()).toList());
        assertEquals(List.of(1L, 2L), context.errorLines);
    }

    @Test
    void delimiterSplitsExecutionsAndTheChosenOneIsRead() throws IOException {
        Path log = Files.writeString(dir.resolve("multi.log"), String.join("\n",
                "=== run 1 ===", "x", "a {\"a\":1}",
                "=== run 2 ===", "y", "b {\"b\":1}", "z", "b {\"b\":2}") + "\n");
        RecordingContext context = new RecordingContext(new ReaderOptions(null, "^=== (?<trace>.*) ===$", 1));
        List<Event> events = RecordingContext.readAll(log, context);
        assertEquals(List.of("y", "z"), events.stream().map(e -> e.record().get("event").asText()).toList());
        assertEquals(List.of(5L, 7L), events.stream().map(Event::line).toList());
        RecordingContext first = new RecordingContext(new ReaderOptions(null, "^=== (?<trace>.*) ===$", 0));
        assertEquals(1, RecordingContext.readAll(log, first).size());
        RecordingContext beyond = new RecordingContext(new ReaderOptions(null, "^=== (?<trace>.*) ===$", 5));
        assertEquals(0, RecordingContext.readAll(log, beyond).size());
        assertTrue(beyond.warnings.stream().anyMatch(w -> w.contains("has 2 execution(s)")), beyond.warnings.toString());
    }

    @Test
    void unreadableDatesLeaveTheEventWithoutTimeAndAreCountedOnce() throws IOException {
        Path log = Files.writeString(dir.resolve("dates.log"), String.join("\n",
                "2024-03-01T10:00:00Z start", "a {\"a\":1}", "yesterday-ish stop", "a {\"a\":2}") + "\n");
        RecordingContext context = new RecordingContext(new ReaderOptions(
                "(?<date>\\S+) (?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})", null, 0));
        List<Event> events = RecordingContext.readAll(log, context);
        assertEquals(Instant.parse("2024-03-01T10:00:00Z").getEpochSecond() * 1_000_000_000L, events.get(0).time());
        assertEquals(Event.NO_TIME, events.get(1).time());
        assertEquals(1, context.warnings.stream().filter(w -> w.contains("no known time format")).count());
    }

    @Test
    void expressionWithoutHostOrClockIsRefusedWithAReason() {
        RecordingContext context = new RecordingContext(new ReaderOptions("(?<event>.*)\\n(?<clock>{.*})", null, 0));
        IOException e = assertThrows(IOException.class, () -> RecordingContext.readAll(realdata("simpledb.log"), context));
        assertTrue(e.getMessage().contains("(?<host>"), e.getMessage());
    }

    @Test
    void javascriptBracesBecomeLiteralsButQuantifiersStay() {
        assertEquals("(?<clock>\\{.*\\})", ShivizExpression.toJava("(?<clock>{.*})"));
        assertEquals("\\d{1,3}x{2}[{]", ShivizExpression.toJava("\\d{1,3}x{2}[{]"));
        assertEquals(2, ShivizExpression.compile(null).lines);
    }

    private static Map<String, Long> lanes(List<Event> events) {
        return events.stream().collect(Collectors.groupingBy(Event::lane, TreeMap::new, Collectors.counting()));
    }
}
