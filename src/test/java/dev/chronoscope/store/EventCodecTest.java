package dev.chronoscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.Link;
import dev.chronoscope.event.Severity;
import dev.chronoscope.event.VectorClock;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventCodecTest {
    private static final ObjectMapper EXACT = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    @TempDir
    Path dir;

    static List<Event> trickyEvents() throws Exception {
        ObjectMapper json = TestEvents.JSON;
        List<Event> events = new ArrayList<>();
        ObjectNode tagged = (ObjectNode) json.readTree("{\"ProcessCreated\":{\"pid\":42,\"name\":\"sh\",\"argv\":[\"-c\",\"ls\"]}}");
        events.add(new Event(0, 1_000, "ProcessCreated", "host-a", Severity.INFO, "e1", Event.NO_DURATION, null,
                List.of(), null, tagged, (ObjectNode) tagged.get("ProcessCreated"), 1));
        ObjectNode nested = (ObjectNode) json.readTree(
                "{\"seq\":7,\"payload\":{\"kind\":\"x\",\"LockAcquired\":{\"lock\":\"L7\",\"holder\":3}},\"t\":null}");
        events.add(new Event(1, 900, "LockAcquired", "host-b", Severity.WARN, "e2", 25, "chain-9",
                List.of(new Link("caused-by", "e1"), new Link("parent", "e0")), null, nested,
                (ObjectNode) nested.get("payload").get("LockAcquired"), 2));
        ObjectNode unicode = (ObjectNode) json.readTree(
                "{\"msg\":\"h\u00e9llo \u4e16\u754c \ud83d\ude00\",\"lone\":\"\\ud800x\",\"\u00fcber\":true,\"empty\":{},\"arr\":[]}");
        Map<String, Long> clock = new LinkedHashMap<>();
        clock.put("alice", 3L);
        clock.put("bob", Long.MAX_VALUE);
        events.add(new Event(2, Event.NO_TIME, "", "", Severity.CRITICAL, null, Event.NO_DURATION, null, null,
                new VectorClock(clock), unicode, null, -1));
        ObjectNode numbers = JsonNodeFactory.instance.objectNode();
        numbers.put("int", 5).put("long", 5L).put("negLong", Long.MIN_VALUE).put("double", 0.1).put("float", 1.5f)
                .put("short", (short) -3).put("big", new BigInteger("123456789012345678901234567890"))
                .put("dec", new BigDecimal("1.2300")).put("decExp", new BigDecimal("1E+400")).put("nan", Double.NaN)
                .put("bytes", new byte[] {1, 2, 3}).putNull("nothing");
        numbers.set("exact", EXACT.readTree("{\"f\":3.14159265358979323846264338327950288,\"i\":99999999999999999999}"));
        ObjectNode own = JsonNodeFactory.instance.objectNode().put("derived", "not in the record");
        events.add(new Event(3, -5_000_000_000L, "Numbers", "host-a", Severity.TRACE, "e1", 0, "", List.of(), null,
                numbers, own, Long.MAX_VALUE));
        ObjectNode copyBody = (ObjectNode) json.readTree("{\"A\":{\"v\":1}}");
        events.add(new Event(4, Long.MAX_VALUE, "A", "host-c", Severity.ERROR, "", Event.NO_DURATION, null, List.of(),
                new VectorClock(Map.of()), copyBody, ((ObjectNode) copyBody.get("A")).deepCopy(), 0));
        events.add(new Event(5, Long.MIN_VALUE + 1, "NoRecord", "host-c", null, null, Event.NO_DURATION, null, null,
                null, null, null, 17));
        return events;
    }

    @Test
    void trickyEventsRoundTripThroughAStore() throws Exception {
        List<Event> events = trickyEvents();
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fp = TestEvents.fingerprint("tricky");
        try (LogStoreWriter w = catalog.create(fp, 0)) {
            events.forEach(w::append);
            w.commit().close();
        }
        try (LogStore store = catalog.openComplete(fp).orElseThrow()) {
            assertEquals(events.size(), store.eventCount());
            for (Event e : events) {
                Event back = store.event(e.offset());
                assertEquals(e, back, "event " + e.offset());
                assertEquals(e.time(), store.time(e.offset()));
                assertEquals(store.lanes().indexOf(e.lane()), store.laneIndex(e.offset()));
            }
            Event tagged = store.event(0);
            assertSame(tagged.record().get("ProcessCreated"), tagged.body(), "tagged body points into the record");
            Event nested = store.event(1);
            assertSame(nested.record().get("payload").get("LockAcquired"), nested.body());
            assertTrue(store.event(3).record().get("exact").get("f").isBigDecimal());
            List<Event> scanned = new ArrayList<>();
            store.scan(0, events.size(), scanned::add);
            assertEquals(events, scanned);
            assertEquals(headersOf(events), headersScanned(store, 0, events.size()));
        }
    }

    /** The header fields of events as the timeline reads them, one line each, for comparison. */
    private static List<String> headersOf(List<Event> events) {
        List<String> out = new ArrayList<>();
        for (Event e : events) out.add(header(e.offset(), e.time(), e.endTime(), e.type(), e.lane(), e.severity()));
        return out;
    }

    private static List<String> headersScanned(LogStore store, long from, long to) {
        List<String> out = new ArrayList<>();
        store.scanHeaders(from, to, (offset, time, end, type, lane, severity) ->
                out.add(header(offset, time, end, type, lane, severity)));
        return out;
    }

    private static String header(long offset, long time, long end, String type, String lane, Severity severity) {
        return offset + " " + time + ".." + end + " " + type + " @" + lane + " " + severity;
    }

    @Test
    void manyEventsAcrossBlocksRoundTrip() throws Exception {
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fp = TestEvents.fingerprint("many");
        int n = EventBlockWriter.BLOCK * 3 + 17;
        java.util.Random r = new java.util.Random(3);
        try (LogStoreWriter w = catalog.create(fp, 0)) {
            for (int i = 0; i < n; i++) w.append(TestEvents.kernelEvent(i, r));
            w.commit().close();
        }
        r = new java.util.Random(3);
        try (LogStore store = catalog.openComplete(fp).orElseThrow()) {
            List<Event> scanned = new ArrayList<>();
            store.scan(EventBlockWriter.BLOCK - 3, n + 10, scanned::add);
            assertEquals(n - EventBlockWriter.BLOCK + 3, scanned.size());
            assertEquals(headersOf(scanned), headersScanned(store, EventBlockWriter.BLOCK - 3, n + 10),
                    "headers read across block edges, past the end cut off");
            for (int i = 0; i < n; i++) {
                Event e = TestEvents.kernelEvent(i, r);
                assertEquals(e, store.event(i));
                if (i >= EventBlockWriter.BLOCK - 3) assertEquals(e, scanned.get(i - EventBlockWriter.BLOCK + 3));
            }
        }
    }
}
