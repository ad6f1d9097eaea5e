package dev.chronoscope.replay.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chronoscope.event.Event;
import dev.chronoscope.ingest.ChromeTraceFormat;
import dev.chronoscope.replay.Projection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Chrome projections fed by the real reader: stacks, counters and async operations. */
class ChromeProjectionsTest {

    @TempDir Path dir;

    /** The state under prefix after each event, in order. */
    private static List<Map<String, String>> fold(List<Event> events, String prefix, Projection... projections) {
        MapStateWriter state = new MapStateWriter();
        List<Map<String, String>> after = new ArrayList<>();
        for (Event e : events) {
            for (Projection p : projections) p.apply(e, state);
            after.add(state.under(prefix));
        }
        return after;
    }

    @Test
    void stacksFollowBeginEndAndCompleteSlicesOfTheRealPartialTrace() throws Exception {
        Path real = Path.of(System.getProperty("chronoscope.realdata", "../shared/realdata"),
                "chrome-trace", "partial-trailing-comma.json");
        List<Event> events = TraceEvents.read(new ChromeTraceFormat(), dir, "t.json", Files.readString(real));
        List<Map<String, String>> stacks = fold(events, "threads/", new ChromeStacksProvider().create());
        String path = "threads/0/0/stack";
        List<String> seen = stacks.stream().map(m -> m.getOrDefault(path, "-")).toList();
        assertEquals(List.of(
                "[\"alpha\"]",
                "[\"alpha\",\"beta\"]",
                "[\"alpha\",\"beta\",\"gamma\"]",
                "[\"alpha\",\"beta\"]",                // gamma's synthetic end at 7
                "[\"alpha\",\"beta\",\"epsilon\"]",    // no dur: open until its parent ends
                "[\"alpha\"]",                         // E closes beta and epsilon inside it
                "-"), seen);
    }

    @Test
    void unsortedCompleteSlicesNestByStart() throws Exception {
        List<Event> events = TraceEvents.read(new ChromeTraceFormat(), dir, "t.json", """
                [{"ph":"X","name":"child","ts":5,"dur":2,"pid":1,"tid":1},
                 {"ph":"X","name":"parent","ts":0,"dur":10,"pid":1,"tid":1},
                 {"ph":"i","name":"later","ts":20,"pid":1,"tid":1}]
                """);
        List<String> seen = fold(events, "threads/", new ChromeStacksProvider().create()).stream()
                .map(m -> m.getOrDefault("threads/1/1/stack", "-")).toList();
        assertEquals(List.of("[\"child\"]", "[\"parent\",\"child\"]", "[\"parent\"]", "-", "-"), seen);
    }

    @Test
    void countersKeepTheLatestValueOfEachSeries() throws Exception {
        List<Event> events = TraceEvents.read(new ChromeTraceFormat(), dir, "t.json", """
                [{"ph":"C","name":"heap","ts":1,"pid":7,"tid":1,"args":{"used":10,"total":64}},
                 {"ph":"C","name":"heap","ts":2,"pid":7,"tid":1,"args":{"used":12}},
                 {"ph":"C","name":"io/s","ts":3,"pid":8,"args":{"read":1.5}}]
                """);
        List<Map<String, String>> after = fold(events, "counters/", new ChromeCountersProvider().create());
        assertEquals(Map.of("counters/7/heap/used", "12", "counters/7/heap/total", "64",
                "counters/8/io%2Fs/read", "1.5"), after.get(2));
        assertEquals("10", after.get(0).get("counters/7/heap/used"));
    }

    @Test
    void asyncOperationsOpenAndCloseByCategoryAndId() throws Exception {
        List<Event> events = TraceEvents.read(new ChromeTraceFormat(), dir, "t.json", """
                [{"ph":"b","name":"fetch","cat":"net","id":"0x1","ts":1,"pid":1,"tid":1},
                 {"ph":"b","name":"dns","cat":"net","id":"0x1","ts":2,"pid":1,"tid":1},
                 {"ph":"n","name":"progress","cat":"net","id":"0x1","ts":3,"pid":1,"tid":1},
                 {"ph":"e","name":"dns","cat":"net","id":"0x1","ts":4,"pid":1,"tid":1},
                 {"ph":"S","name":"load","cat":"net","id2":{"local":"0x2"},"ts":5,"pid":1,"tid":1},
                 {"ph":"e","name":"fetch","cat":"net","id":"0x1","ts":6,"pid":1,"tid":1},
                 {"ph":"F","name":"load","cat":"net","id2":{"local":"0x2"},"ts":7,"pid":1,"tid":1}]
                """);
        List<Map<String, String>> after = fold(events, "async/", new ChromeAsyncProvider().create());
        assertEquals(Map.of("async/net/0x1", "[\"fetch\",\"dns\"]"), after.get(2));
        assertEquals(Map.of("async/net/0x1", "[\"fetch\"]"), after.get(3));
        assertEquals(Map.of("async/net/1:0x2", "[\"load\"]"), after.get(5));
        assertEquals(Map.of(), after.get(6));
    }

    /** The format: events with the same cat, scope and id belong to one tree; another scope is another tree. */
    @Test
    void asyncOperationsWithTheSameIdInAnotherScopeAreAnotherOperation() throws Exception {
        List<Event> events = TraceEvents.read(new ChromeTraceFormat(), dir, "t.json", """
                [{"ph":"b","name":"fetch","cat":"net","id":"0x1","ts":1,"pid":1,"tid":1},
                 {"ph":"b","name":"fetch","cat":"net","id":"0x1","scope":"worker","ts":2,"pid":1,"tid":1},
                 {"ph":"e","name":"fetch","cat":"net","id":"0x1","ts":3,"pid":1,"tid":1},
                 {"ph":"N","name":"Layer","id":"0x7","scope":"cc","ts":4,"pid":1,"tid":1},
                 {"ph":"D","name":"Layer","id":"0x7","ts":5,"pid":1,"tid":1}]
                """);
        List<Map<String, String>> async = fold(events, "async/", new ChromeAsyncProvider().create());
        assertEquals(Map.of("async/net/0x1", "[\"fetch\"]", "async/net/worker:0x1", "[\"fetch\"]"), async.get(1));
        assertEquals(Map.of("async/net/worker:0x1", "[\"fetch\"]"), async.get(2), "the unscoped end ends the unscoped begin");
        List<Map<String, String>> objects = fold(events, "objects/", new ChromeObjectsProvider().create());
        assertEquals(Map.of("objects/1/Layer/cc:0x7/created", "4"), objects.get(4), "an unscoped 'D' destroys no scoped object");
    }

    @Test
    void objectsLiveFromCreationToDestructionWithTheirLatestSnapshot() throws Exception {
        List<Event> events = TraceEvents.read(new ChromeTraceFormat(), dir, "t.json", """
                [{"ph":"N","name":"Layer","id":"0x7","ts":1,"pid":1,"tid":1},
                 {"ph":"O","name":"Layer","id":"0x7","ts":2,"pid":1,"tid":1,"args":{"snapshot":{"w":10,"h":5}}},
                 {"ph":"O","name":"Layer","id":"0x7","ts":3,"pid":1,"tid":1,"args":{"snapshot":{"w":12}}},
                 {"ph":"O","name":"Tile","id":"0x8","ts":4,"pid":2,"tid":1,"args":{"state":"ready"}},
                 {"ph":"D","name":"Layer","id":"0x7","ts":5,"pid":1,"tid":1},
                 {"ph":"D","name":"Layer","id":"0x9","ts":6,"pid":1,"tid":1}]
                """);
        List<Map<String, String>> after = fold(events, "objects/", new ChromeObjectsProvider().create());
        assertEquals(Map.of("objects/1/Layer/0x7/created", "1"), after.get(0));
        assertEquals(Map.of("objects/1/Layer/0x7/created", "1", "objects/1/Layer/0x7/snapshot", "{\"w\":12}",
                "objects/1/Layer/0x7/snapshotTs", "3"), after.get(2));
        assertEquals("{\"state\":\"ready\"}", after.get(3).get("objects/2/Tile/0x8/snapshot"),
                "a snapshot without 'N' brings the object to life; without args.snapshot, args is the snapshot");
        assertEquals(Map.of("objects/2/Tile/0x8/snapshot", "{\"state\":\"ready\"}", "objects/2/Tile/0x8/snapshotTs", "4"),
                after.get(4), "'D' removes the object");
        assertEquals(after.get(4), after.get(5), "destroying an object that is not alive changes nothing");
    }

    @Test
    void marksKeepTheLatestTimeOfEachNameAndSamplesGiveNoState() throws Exception {
        List<Event> events = TraceEvents.read(new ChromeTraceFormat(), dir, "t.json", """
                [{"ph":"R","name":"navigationStart","ts":10,"pid":1,"tid":1,"args":{"data":{"navigationId":"a"}}},
                 {"ph":"R","name":"firstContentfulPaint","ts":250.5,"pid":1,"tid":1},
                 {"ph":"P","name":"sample","ts":300,"pid":1,"tid":1,"sf":7},
                 {"ph":"R","name":"navigationStart","ts":900,"pid":1,"tid":1,"args":{"data":{"navigationId":"b"}}},
                 {"ph":"R","name":"navigationStart","ts":20,"pid":2,"tid":9}]
                """);
        List<Map<String, String>> after = fold(events, "", new ChromeStacksProvider().create(), new ChromeCountersProvider().create(),
                new ChromeAsyncProvider().create(), new ChromeObjectsProvider().create(), new ChromeMarksProvider().create());
        assertEquals(Map.of("marks/1/navigationStart", "10", "marks/1/firstContentfulPaint", "250.5"), after.get(1));
        assertEquals(after.get(1), after.get(2), "a sample changes no state");
        assertEquals(Map.of("marks/1/navigationStart", "900", "marks/1/firstContentfulPaint", "250.5",
                "marks/2/navigationStart", "20"), after.get(4));
        assertEquals("sample", events.get(2).type());
        assertEquals("1/1", events.get(2).lane(), "a sample is an event on its thread's lane");
    }
}
