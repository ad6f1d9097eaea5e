package dev.chronoscope.causality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import dev.chronoscope.event.Link;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkEdgesTest {

    @Test
    void linkResolvesToTheLatestEarlierEventWithThatId() {
        CausalGraph graph = CausalGraphs.open(Ingest.run(List.of(
                event(0, "a", null), event(1, "a", null), event(2, null, null, new Link("caused-by", "a")))));
        assertEquals(List.of(new Edge(1, 2, "caused-by", false)), graph.incoming(2));
        assertEquals(List.of(new Edge(1, 2, "caused-by", false)), graph.outgoing(1));
        assertEquals(1, graph.edgeCount());
        assertEquals(0, graph.danglingCount());
    }

    @Test
    void linkToALaterEventIsKeptAndFlaggedAgainstTime() {
        CausalGraph graph = CausalGraphs.open(Ingest.run(List.of(
                event(0, "child", null, new Link("parent", "p")), event(1, "other", null), event(2, "p", null))));
        assertEquals(List.of(new Edge(2, 0, "parent", true)), graph.incoming(0));
        assertEquals(List.of(new Edge(2, 0, "parent", true)), graph.outgoing(2));
        assertArrayEquals(new long[] {2}, graph.causes(0, 0));
        assertArrayEquals(new long[] {0}, graph.effects(2, 0));
        assertEquals(0, graph.danglingCount());
    }

    @Test
    void linksThatNeverResolveAreCountedAsDangling() {
        CausalGraph graph = CausalGraphs.open(Ingest.run(List.of(
                event(0, "x", null, new Link("caused-by", "missing")),
                event(1, "y", null, new Link("caused-by", "missing"), new Link("flow", "gone")),
                event(2, "z", null, new Link("caused-by", "x")))));
        assertEquals(3, graph.danglingCount());
        assertEquals(1, graph.edgeCount());
        assertArrayEquals(new long[0], graph.causes(1, 0));
    }

    @Test
    void selfLinkIsAFindingAndNoEdge() {
        CausalGraph graph = CausalGraphs.open(Ingest.run(List.of(
                event(0, "s", null, new Link("parent", "s")), event(1, "t", null, new Link("parent", "s")))));
        assertEquals(List.of(new Edge(0, 1, "parent", false)), graph.incoming(1));
        assertArrayEquals(new long[0], graph.causes(0, 0));
        assertArrayEquals(new long[] {1}, graph.effects(0, 0));
        Finding f = graph.findings().get(0);
        assertEquals("link-cycle", f.kind());
        assertEquals(0, f.offset());
    }

    @Test
    void linkCyclesTerminateAndAreReported() {
        // a → b → c → a: c's event comes last, so "a is caused by c" waits and closes the loop.
        CausalGraph graph = CausalGraphs.open(Ingest.run(List.of(
                event(0, "a", null, new Link("parent", "c")),
                event(1, "b", null, new Link("parent", "a")),
                event(2, "c", null, new Link("parent", "b")))));
        assertEquals(3, graph.edgeCount());
        assertArrayEquals(new long[] {0, 2}, graph.causes(1, 0));
        assertArrayEquals(new long[] {2, 0}, graph.effects(1, 0));
        assertArrayEquals(new long[] {0}, graph.causes(1, 1));
        List<Finding> cycles = graph.findings().stream().filter(f -> f.kind().equals("link-cycle")).toList();
        assertEquals(1, cycles.size());
        assertEquals(2, cycles.get(0).offset());
        assertEquals(List.of(0L, 1L, 2L), cycles.get(0).offsets());
    }

    @Test
    void chainsLinkConsecutiveEventsOfOneChain() {
        CausalGraph graph = CausalGraphs.open(Ingest.run(List.of(
                event(0, null, "t1"), event(1, null, "t2"), event(2, null, "t1"), event(3, null, null),
                event(4, null, "t2"), event(5, null, "t1"))));
        assertEquals(List.of(new Edge(2, 5, "chain", false)), graph.incoming(5));
        assertArrayEquals(new long[] {2, 0}, graph.causes(5, 0));
        assertArrayEquals(new long[] {2}, graph.causes(5, 1));
        assertArrayEquals(new long[] {4}, graph.effects(1, 0));
        assertEquals(3, graph.edgeCount());
    }

    @Test
    void anEventWithManyLinksGetsEveryEdgeOnce() {
        List<Event> log = new java.util.ArrayList<>();
        Link[] links = new Link[100];
        for (int i = 0; i < 50; i++) {
            log.add(event(i, "e" + i, null));
            links[2 * i] = new Link("caused-by", "e" + (49 - i));
            links[2 * i + 1] = new Link("caused-by", "e" + (49 - i));
        }
        log.add(event(50, "many", null, links));
        CausalGraph graph = CausalGraphs.open(Ingest.run(log));
        assertEquals(50, graph.edgeCount());
        assertEquals(50, graph.incoming(50).size());
        assertEquals(50, graph.causes(50, 1).length);
        assertEquals(49, graph.causes(50, 1)[0]);
    }

    @Test
    void sliceOfAnOffsetOutsideTheLogIsEmpty() {
        CausalGraph graph = CausalGraphs.open(Ingest.run(List.of(event(0, null, "c"), event(1, null, "c"))));
        assertArrayEquals(new long[0], graph.causes(7, 0));
        assertArrayEquals(new long[0], graph.effects(-1, 0));
        assertTrue(graph.findings().isEmpty());
    }

    static Event event(long offset, String id, String chain, Link... links) {
        return new Event(offset, Event.NO_TIME, "t", "lane", null, id, Event.NO_DURATION, chain, List.of(links),
                null, null, null, -1);
    }
}
