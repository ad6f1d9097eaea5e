package dev.chronoscope.causality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import dev.chronoscope.store.LogStore;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The closure of the direct clock edges is exactly vector-clock happens-before. */
class VectorClockSliceTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void slicesEqualHappensBeforeInCausalOrder(long seed) {
        List<Event> log = RandomClockLog.run(seed, 2 + (int) (seed % 4), 300);
        LogStore store = Ingest.run(log);
        CausalGraph graph = CausalGraphs.open(store);
        assertSlicesMatchClocks(log, graph);
        assertSlicesMatchClocks(log, new StoredCausalGraph(store, false));
        assertTrue(graph.edgeCount() > 0);
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9})
    void slicesEqualHappensBeforeWhenWrittenHostByHost(long seed) {
        List<Event> log = RandomClockLog.hostByHost(RandomClockLog.run(seed, 4, 300));
        LogStore store = Ingest.run(log);
        CausalGraph graph = CausalGraphs.open(store);
        assertSlicesMatchClocks(log, graph);
        assertSlicesMatchClocks(log, new StoredCausalGraph(store, false));
        boolean anyAgainstTime = false;
        for (Event e : log) {
            anyAgainstTime |= graph.incoming(e.offset()).stream().anyMatch(Edge::againstTime);
        }
        assertTrue(anyAgainstTime, "a host-by-host log must receive from hosts written later");
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12})
    void slicesAreNearestFirstAndDepthLimitedSlicesArePrefixes(long seed) {
        List<Event> log = RandomClockLog.run(seed, 3, 200);
        LogStore store = Ingest.run(log);
        CausalGraph graph = CausalGraphs.open(store);
        CausalGraph walked = new StoredCausalGraph(store, false);
        for (Event e : log) {
            assertArrayEquals(walked.causes(e.offset(), 0), graph.causes(e.offset(), 0));
            assertArrayEquals(walked.effects(e.offset(), 3), graph.effects(e.offset(), 3));
            long k = e.offset();
            long[] full = graph.causes(k, 0);
            long[] near = graph.causes(k, 1);
            assertEquals(new TreeSet<>(graph.incoming(k).stream().map(Edge::from).toList()), asSet(near));
            assertArrayEquals(Arrays.copyOf(full, near.length), near);
            long[] twoSteps = graph.effects(k, 2);
            assertArrayEquals(Arrays.copyOf(graph.effects(k, 0), twoSteps.length), twoSteps);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void compactEdgesLoadIntoMemoryWithEveryEdge(boolean hostByHost) {
        List<Event> log = RandomClockLog.run(21, 4, 400);
        if (hostByHost) log = RandomClockLog.hostByHost(log);
        LogStore store = Ingest.run(log);
        CausalGraph graph = CausalGraphs.open(store);
        assertEquals(log.size(), store.column(EdgeCodec.IN_COLUMN).size());
        assertEquals(hostByHost, store.blobs(EdgeCodec.LATE).count() > 0);
        assertNotNull(Adjacency.load(store.column(EdgeCodec.IN_COLUMN), store.blobs(EdgeCodec.LATE),
                store.eventCount(), graph.edgeCount()));
    }

    private static void assertSlicesMatchClocks(List<Event> log, CausalGraph graph) {
        for (Event e : log) {
            TreeSet<Long> before = new TreeSet<>();
            TreeSet<Long> after = new TreeSet<>();
            for (Event other : log) {
                if (other.clock().happensBefore(e.clock())) before.add(other.offset());
                if (e.clock().happensBefore(other.clock())) after.add(other.offset());
            }
            long[] causes = graph.causes(e.offset(), 0);
            long[] effects = graph.effects(e.offset(), 0);
            assertEquals(before, asSet(causes), "causes of " + e.offset());
            assertEquals(after, asSet(effects), "effects of " + e.offset());
            assertEquals(causes.length, before.size(), "no offset twice");
            assertEquals(effects.length, after.size(), "no offset twice");
        }
    }

    private static TreeSet<Long> asSet(long[] offsets) {
        TreeSet<Long> set = new TreeSet<>();
        for (long o : offsets) set.add(o);
        return set;
    }
}
