package dev.chronoscope.causality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import dev.chronoscope.ingest.ReaderOptions;
import dev.chronoscope.ingest.RecordingContext;
import dev.chronoscope.ingest.ShivizFormatTest;
import dev.chronoscope.store.LogStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real ShiViz logs through reader and builder: slices agree with the logged clocks. */
class ShivizCausalityTest {

    @Test
    void simpledbSlicesEqualClockHappensBefore() throws IOException {
        List<Event> events = read("simpledb.log", ReaderOptions.DEFAULT);
        assertEquals(509, events.size());
        assertSlicesMatchClocks(events);
    }

    @Test
    void facebookLogWrittenHostByHostStillYieldsTheClockOrder() throws IOException {
        List<Event> events = read("facebook.log", new ReaderOptions(ShivizFormatTest.FACEBOOK_EXPRESSION, null, 0));
        LogStore store = assertSlicesMatchClocks(events);
        CausalGraph graph = CausalGraphs.open(store);
        // alice's second event received from eastDC's 6th, which the file lists later.
        List<Edge> in = graph.incoming(1);
        assertTrue(in.stream().anyMatch(e -> e.kind().equals("clock") && e.againstTime()
                && store.event(e.from()).lane().equals("eastDC")), in.toString());
        assertEquals(0, graph.danglingCount());
    }

    private static List<Event> read(String name, ReaderOptions options) throws IOException {
        RecordingContext context = new RecordingContext(options);
        List<Event> read = RecordingContext.readAll(ShivizFormatTest.realdata(name), context);
        assertEquals(List.of(), context.errors);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) events.add(read.get(i).withOffset(i));
        return events;
    }

    private static LogStore assertSlicesMatchClocks(List<Event> events) {
        LogStore store = Ingest.run(events);
        CausalGraph graph = CausalGraphs.open(store);
        for (Event e : events) {
            List<Long> before = new ArrayList<>();
            for (Event other : events) if (other.clock().happensBefore(e.clock())) before.add(other.offset());
            List<Long> causes = new ArrayList<>();
            for (long c : graph.causes(e.offset(), 0)) causes.add(c);
            causes.sort(null);
            assertEquals(before, causes, "causes of " + e.offset());
        }
        return store;
    }
}
