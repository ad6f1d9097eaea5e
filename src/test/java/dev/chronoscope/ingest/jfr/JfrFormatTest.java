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
    static Path second;
    static Path third;

    @BeforeAll
    static void record() throws Exception {
        recording = JfrWorkload.record(dir.resolve("workload.jfr"));
        second = JfrWorkload.record(dir.resolve("second.jfr"));
        third = JfrWorkload.record(dir.resolve("third.jfr"));
    }

    private static Map<String, Long> countsByTypeFromTheJdk(Path file) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        try (RecordingFile f = new RecordingFile(file)) {
            while (f.hasMoreEvents()) counts.merge(f.readEvent().getEventType().getName(), 1L, Long::sum);
        }
        return counts;
    }

    /**
     * A recording with bytes overwritten at {@code at}, what the JDK's parser reads of it, and how
     * it fails. Only the spot is kept, not a copy of the recording per spot: hundreds of copies
     * held for the whole class made the suite's heap run out.
     */
    private record Damage(Path chunk, int at, Map<String, Long> readBeforeIt, Throwable failure) {
        byte[] bytes() throws IOException {
            return damagedAt(Files.readAllBytes(chunk), at);
        }
    }

    private static byte[] damagedAt(byte[] whole, int at) {
        byte[] damaged = whole.clone();
        Arrays.fill(damaged, at, at + 8, (byte) 0xff);
        return damaged;
    }

    private static final Map<Path, List<Damage>> DAMAGES = new java.util.HashMap<>();

    /**
     * The recording with 8 bytes overwritten at spots across its event area (past the 68-byte chunk
     * header, before the metadata) where the JDK's parser throws; payload damage alone often goes
     * unnoticed, so only the spots that make it throw are kept.
     */
    private static synchronized List<Damage> damages(Path chunk) throws IOException {
        List<Damage> known = DAMAGES.get(chunk);
        if (known != null) return known;
        byte[] whole = Files.readAllBytes(chunk);
        long metadataAt = java.nio.ByteBuffer.wrap(whole).getLong(24);
        Path probe = dir.resolve("probe.jfr");
        List<Damage> found = new java.util.ArrayList<>();
        for (int at = 68 + 8; at + 8 < metadataAt; at += 41) {
            Files.write(probe, damagedAt(whole, at));
            Map<String, Long> counts = new TreeMap<>();
            try (RecordingFile f = new RecordingFile(probe)) {
                while (f.hasMoreEvents()) counts.merge(f.readEvent().getEventType().getName(), 1L, Long::sum);
            } catch (IOException | RuntimeException | InternalError failure) {
                found.add(new Damage(chunk, at, counts, failure));
            }
        }
        DAMAGES.put(chunk, found);
        return found;
    }

    /** Damage the parser stops at after some of the chunk's events: the middle such spot. */
    private static Damage midwayDamage(Path chunk) throws IOException {
        List<Damage> midway = damages(chunk).stream().filter(d -> !d.readBeforeIt().isEmpty()).toList();
        assertFalse(midway.isEmpty(), "no damage in the event area makes the JDK's parser throw midway");
        return midway.get(midway.size() / 2);
    }

    private static Map<String, Long> sum(List<Map<String, Long>> counts) {
        Map<String, Long> total = new TreeMap<>();
        for (Map<String, Long> c : counts) c.forEach((type, n) -> total.merge(type, n, Long::sum));
        return total;
    }

    private static Path glued(String name, byte[]... chunks) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, chunks[0]);
        for (int i = 1; i < chunks.length; i++) Files.write(file, chunks[i], java.nio.file.StandardOpenOption.APPEND);
        return file;
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

    @Test
    void aFileOfSeveralHealthyChunksIsReadWhole() throws IOException {
        Path file = glued("healthy.jfr", Files.readAllBytes(recording), Files.readAllBytes(second), Files.readAllBytes(third));
        ErrorCollectingContext ctx = new ErrorCollectingContext();
        List<Event> events = read(file, ctx, JfrReader.SORT_BUDGET_BYTES);
        assertEquals(countsByTypeFromTheJdk(file), countsByType(events));
        assertTrue(ctx.errors.isEmpty(), ctx.errors.toString());
    }

    @Test
    void walkingAChunksRecordsCountsTheEventsTheJdkReads() throws IOException {
        Path file = glued("walked.jfr", Files.readAllBytes(recording), Files.readAllBytes(second));
        JfrChunks.Prefix prefix = JfrChunks.scan(file);
        assertEquals(List.of(0L, Files.size(recording)), prefix.starts());
        long jdk = countsByTypeFromTheJdk(recording).values().stream().mapToLong(Long::longValue).sum();
        assertEquals(jdk, JfrChunks.eventRecords(file, 0, prefix.end(0)));
        assertEquals(new JfrChunks.Stop(1, Files.size(recording), 3), JfrChunks.locate(file, prefix, jdk + 3));
        assertEquals(new JfrChunks.Stop(0, 0, jdk - 1), JfrChunks.locate(file, prefix, jdk - 1));
    }

    @Test
    void damageInsideTheFirstChunkLosesOnlyTheRestOfThatChunk() throws IOException {
        Damage damage = midwayDamage(recording);
        Path file = glued("damaged-first.jfr", damage.bytes(), Files.readAllBytes(second), Files.readAllBytes(third));
        Map<String, Long> readBeforeTheDamage = damage.readBeforeIt();
        ErrorCollectingContext ctx = new ErrorCollectingContext();
        JfrReader reader = new JfrReader(List.of(file), ctx, JfrReader.SORT_BUDGET_BYTES);
        List<Event> events = ErrorCollectingContext.readAll(reader);

        assertEquals(sum(List.of(readBeforeTheDamage, countsByTypeFromTheJdk(second), countsByTypeFromTheJdk(third))),
                countsByType(events));
        assertEquals(1, ctx.errors.size(), ctx.errors.toString());
        ErrorCollectingContext.Problem p = ctx.errors.get(0);
        assertEquals(0, p.position());
        long eventsBefore = readBeforeTheDamage.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(p.reason().startsWith("chunk 1 at byte 0: "), p.reason());
        assertTrue(p.reason().contains("only its first " + eventsBefore + " events were read"), p.reason());
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i - 1).time() <= events.get(i).time(), "sorted at " + i);
        }
    }

    @Test
    void damageInsideAMiddleChunkIsReportedAtThatChunk() throws IOException {
        byte[] first = Files.readAllBytes(recording);
        Damage damage = midwayDamage(second);
        Path file = glued("damaged-middle.jfr", first, damage.bytes(), Files.readAllBytes(third));
        Map<String, Long> readBeforeTheDamage = damage.readBeforeIt();
        ErrorCollectingContext ctx = new ErrorCollectingContext();
        List<Event> events = read(file, ctx, JfrReader.SORT_BUDGET_BYTES);

        assertEquals(sum(List.of(countsByTypeFromTheJdk(recording), readBeforeTheDamage, countsByTypeFromTheJdk(third))),
                countsByType(events));
        assertEquals(1, ctx.errors.size(), ctx.errors.toString());
        assertEquals(first.length, ctx.errors.get(0).position());
        assertTrue(ctx.errors.get(0).reason().startsWith("chunk 2 at byte " + first.length + ": "), ctx.errors.get(0).reason());
        assertFalse(ctx.errors.get(0).reason().contains("failed (java."), "the parser's words, not its class: " + ctx.errors.get(0).reason());
    }

    @Test
    void aParserFailureIsToldInItsOwnWords() {
        assertEquals("Unknown string encoding 33", JfrReader.inWords(new IOException("Unknown string encoding 33")));
        assertEquals("InternalError", JfrReader.inWords(new InternalError()));
    }

    @Test
    void aCutAfterADamagedChunkDoesNotClaimTheDamagedChunkWasRead() throws IOException {
        Damage damage = midwayDamage(recording);
        byte[] damaged = damage.bytes();
        byte[] whole = Files.readAllBytes(second);
        byte[] half = Arrays.copyOf(Files.readAllBytes(third), (int) Files.size(third) / 2);
        Path file = glued("damaged-then-cut.jfr", damaged, whole, half);
        ErrorCollectingContext ctx = new ErrorCollectingContext();
        List<Event> events = read(file, ctx, JfrReader.SORT_BUDGET_BYTES);

        assertEquals(sum(List.of(damage.readBeforeIt(), countsByTypeFromTheJdk(second))), countsByType(events));
        assertEquals(2, ctx.errors.size(), ctx.errors.toString());
        ErrorCollectingContext.Problem cut = ctx.errors.stream().filter(e -> e.reason().contains("cut short")).findFirst().orElseThrow();
        assertEquals(damaged.length + whole.length, cut.position());
        assertFalse(cut.reason().contains("are read"), cut.reason());
        assertTrue(cut.reason().contains("complete chunks before it read whole: 1 of 2"), cut.reason());
        assertTrue(ctx.errors.stream().anyMatch(e -> e.reason().startsWith("chunk 1 at byte 0: ")), ctx.errors.toString());
    }
}
