package dev.chronoscope.ingest.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import dev.chronoscope.event.Link;
import dev.chronoscope.ingest.ErrorCollectingContext;
import dev.chronoscope.ingest.LogInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JfrFormatTest {
    @TempDir
    static Path dir;
    static Path recording;

    @BeforeAll
    static void record() throws Exception {
        recording = JfrWorkload.record(dir.resolve("workload.jfr"));
    }

    private static Map<String, Long> countsByTypeFromTheJdk(Path file) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        try (RecordingFile f = new RecordingFile(file)) {
            while (f.hasMoreEvents()) counts.merge(f.readEvent().getEventType().getName(), 1L, Long::sum);
        }
        return counts;
    }

    private static Map<String, Long> countsByType(List<Event> events) {
        return events.stream().filter(e -> !e.type().endsWith(JfrEvents.END_SUFFIX))
                .collect(Collectors.groupingBy(Event::type, TreeMap::new, Collectors.counting()));
    }

    private static List<Event> read(Path file, ErrorCollectingContext ctx, long budget) throws IOException {
        return ErrorCollectingContext.readAll(new JfrReader(List.of(file), ctx, budget));
    }

    @Test
    void thePipelineSniffsTheRecordingAndPicksTheProfile() throws IOException {
        try (dev.chronoscope.ingest.Ingestion in = dev.chronoscope.ingest.Ingestion.of(LogInput.of(recording)).start()) {
            long n = 0;
            for (Event e = in.next(); e != null; e = in.next()) {
                n++;
                if (e.hasSeverity()) throw new AssertionError("JFR events carry no severity, but " + e.type() + " has " + e.severity());
            }
            assertEquals("jfr", in.formatName());
            assertEquals("jfr", in.profile().name());
            assertTrue(in.sortsByTime());
            assertTrue(n > in.recordsRead(), "records plus synthetic ends");
            assertEquals(0, in.errorCount());
        }
    }

    @Test
    void theProfileIsChosenBeforeTheFirstEventIsHandedOut() throws IOException {
        ErrorCollectingContext ctx = new ErrorCollectingContext();
        try (JfrReader reader = new JfrReader(List.of(recording), ctx, JfrReader.SORT_BUDGET_BYTES)) {
            assertNotNull(reader.next());
            assertEquals(1, ctx.profileChoices);
            reader.next();
            assertEquals(1, ctx.profileChoices);
        }
    }

    @Test
    void sniffsTheMagic() throws IOException {
        assertEquals(100, new JfrFormat().sniff(LogInput.of(recording)));
        Path other = Files.writeString(dir.resolve("other.jfr"), "{\"not\": \"jfr\"}");
        assertTrue(new JfrFormat().sniff(LogInput.of(other)) < 50);
    }

    @Test
    void everyEventIsReadAndSortedByStartTime() throws IOException {
        ErrorCollectingContext ctx = new ErrorCollectingContext();
        JfrReader reader = new JfrReader(List.of(recording), ctx, JfrReader.SORT_BUDGET_BYTES);
        List<Event> events = ErrorCollectingContext.readAll(reader);
        Map<String, Long> expected = countsByTypeFromTheJdk(recording);
        assertEquals(expected, countsByType(events));
        assertEquals(expected.values().stream().mapToLong(Long::longValue).sum(), reader.recordsRead());
        for (String type : List.of("jdk.ThreadStart", "jdk.ThreadSleep", "jdk.JavaMonitorEnter", "jdk.GarbageCollection")) {
            assertTrue(expected.getOrDefault(type, 0L) > 0, "the workload records " + type + ": " + expected);
        }
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i - 1).time() <= events.get(i).time(), "sorted at " + i);
        }
        assertTrue(ctx.errors.isEmpty(), ctx.errors.toString());
    }

    @Test
    void spillingToDiskGivesTheSameOrder() throws IOException {
        List<Event> inMemory = read(recording, new ErrorCollectingContext(), JfrReader.SORT_BUDGET_BYTES);
        List<Event> spilled = read(recording, new ErrorCollectingContext(), 2_000);
        assertEquals(inMemory.size(), spilled.size());
        for (int i = 0; i < inMemory.size(); i++) {
            assertEquals(inMemory.get(i).line(), spilled.get(i).line(), "record at " + i);
            assertEquals(inMemory.get(i).type(), spilled.get(i).type(), "type at " + i);
            assertEquals(inMemory.get(i).record(), spilled.get(i).record(), "record at " + i);
        }
    }

    @Test
    void intervalEventsGetAnEndAtStartPlusDuration() throws IOException {
        List<Event> events = read(recording, new ErrorCollectingContext(), JfrReader.SORT_BUDGET_BYTES);
        Map<String, Event> starts = events.stream().filter(e -> e.id() != null && e.id().startsWith("jfr:"))
                .collect(Collectors.toMap(Event::id, e -> e));
        List<Event> ends = events.stream().filter(e -> e.type().endsWith(JfrEvents.END_SUFFIX)).toList();
        assertEquals(starts.size(), ends.size());
        assertFalse(ends.isEmpty());
        for (Event end : ends) {
            Link link = end.links().get(0);
            assertEquals("ends", link.kind());
            Event start = starts.get(link.ref());
            assertNotNull(start, link.ref());
            assertEquals(start.type() + JfrEvents.END_SUFFIX, end.type());
            assertEquals(start.time() + start.duration(), end.time());
            assertTrue(events.indexOf(end) > events.indexOf(start));
        }
    }

    @Test
    void threadsAreLanesAndThreadStartsLinkToTheirParent() throws IOException {
        List<Event> events = read(recording, new ErrorCollectingContext(), JfrReader.SORT_BUDGET_BYTES);
        Event workerStart = events.stream().filter(e -> e.type().equals("jdk.ThreadStart")
                && "worker-0".equals(e.field("thread.javaName").asText())).findFirst().orElseThrow();
        long javaId = workerStart.field("thread.javaThreadId").asLong();
        assertEquals("thread:" + javaId, workerStart.id());
        assertEquals(List.of(new Link("parent", "thread:" + workerStart.field("parentThread.javaThreadId").asLong())),
                workerStart.links());
        Event sleep = events.stream().filter(e -> e.type().equals("jdk.ThreadSleep")
                && e.lane().startsWith("holder (")).findFirst().orElseThrow();
        assertTrue(sleep.duration() > 0);
        assertTrue(sleep.field("stackTrace.top").isArray());
        assertEquals("holder", sleep.field("eventThread.javaName").asText());
    }

    @Test
    void nullFieldsBecomeJsonNull() throws IOException {
        List<Event> events = read(recording, new ErrorCollectingContext(), JfrReader.SORT_BUDGET_BYTES);
        Event nulls = events.stream().filter(e -> e.type().equals("chronoscope.test.Nullable")).findFirst().orElseThrow();
        assertTrue(nulls.field("text").isNull());
        assertTrue(nulls.field("type").isNull());
        assertTrue(nulls.field("thread").isNull());
        assertEquals(0, nulls.field("number").asLong());
    }

    @Test
    void aFileCutInTheSecondChunkKeepsTheFirst() throws IOException {
        byte[] whole = Files.readAllBytes(recording);
        byte[] cut = Arrays.copyOf(whole, whole.length + whole.length / 2);
        System.arraycopy(whole, 0, cut, whole.length, whole.length / 2);
        Path file = Files.write(dir.resolve("cut.jfr"), cut);
        ErrorCollectingContext ctx = new ErrorCollectingContext();
        List<Event> events = read(file, ctx, JfrReader.SORT_BUDGET_BYTES);
        assertEquals(countsByTypeFromTheJdk(recording), countsByType(events));
        assertEquals(1, ctx.errors.size(), ctx.errors.toString());
        ErrorCollectingContext.Problem p = ctx.errors.get(0);
        assertEquals(file.toString(), p.file());
        assertEquals(whole.length, p.position());
        assertTrue(p.reason().contains("cut short"), p.reason());
    }

    @Test
    void aFileCutInItsOnlyChunkIsAnErrorNotACrash() throws IOException {
        byte[] whole = Files.readAllBytes(recording);
        Path file = Files.write(dir.resolve("half.jfr"), Arrays.copyOf(whole, whole.length / 2));
        ErrorCollectingContext ctx = new ErrorCollectingContext();
        assertTrue(read(file, ctx, JfrReader.SORT_BUDGET_BYTES).isEmpty());
        assertEquals(1, ctx.errors.size());
        assertTrue(ctx.errors.get(0).reason().contains("no complete chunk"), ctx.errors.get(0).reason());
    }
}
