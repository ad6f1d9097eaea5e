package dev.chronoscope.causality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.chronoscope.causality.SpaceTimeLayout.Arrow;
import dev.chronoscope.causality.SpaceTimeLayout.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpaceTimeLayoutTest {

    // lanes:        A  A  B  A  B  B  B  A
    private static final int[] LANES = {0, 0, 1, 0, 1, 1, 1, 0};

    @Test
    void localRunsCollapseBetweenCommunications() {
        SpaceTimeLayout layout = new SpaceTimeLayout(new EdgeListGraph().edge(3, 4), k -> LANES[(int) k], LANES.length, 2);
        SpaceTimeLayout.Window all = layout.window(0, 100);
        assertEquals(List.of(
                new Node(0, 0, 0, 2, true), new Node(1, 1, 2, 1, true), new Node(2, 0, 3, 1, true),
                new Node(3, 1, 4, 1, true), new Node(4, 1, 5, 2, true), new Node(5, 0, 7, 1, true)), all.nodes());
        assertEquals(List.of(new Arrow(3, 4, 2, 3, 0, 1, "msg", false)), all.arrows());
        assertEquals(6, layout.rowCount());
        assertEquals(0, layout.rowOf(1));
        assertEquals(4, layout.rowOf(6));
    }

    @Test
    void aWindowShowsOnlyItsRowsAndArrowsReachOutOfIt() {
        SpaceTimeLayout layout = new SpaceTimeLayout(new EdgeListGraph().edge(3, 4), k -> LANES[(int) k], LANES.length, 2);
        SpaceTimeLayout.Window w = layout.window(3, 2);
        assertEquals(List.of(new Node(3, 1, 4, 1, true), new Node(4, 1, 5, 2, true)), w.nodes());
        assertEquals(List.of(new Arrow(3, 4, 2, 3, 0, 1, "msg", false)), w.arrows());
    }

    @Test
    void windowsAnywhereInALargeLogAgreeWithAFullLayout() {
        Random random = new Random(5);
        int events = 6000, lanes = 5;
        int[] laneOf = new int[events];
        EdgeListGraph graph = new EdgeListGraph();
        for (int k = 0; k < events; k++) {
            laneOf[k] = random.nextInt(lanes);
            if (k > 10 && random.nextInt(25) == 0) graph.edge(k - 1 - random.nextInt(10), k);
        }
        List<Node> expected = bruteForce(graph, laneOf);
        SpaceTimeLayout layout = new SpaceTimeLayout(graph, k -> laneOf[(int) k], events, lanes);
        for (long first : new long[] {expected.size() - 40, 0, expected.size() / 3, expected.size() / 2, 17}) {
            List<Node> window = layout.window(first, 40).nodes();
            assertEquals(expected.subList((int) first, (int) first + 40), window, "window at row " + first);
        }
        assertEquals(expected.size(), layout.rowCount());
        for (Arrow a : layout.window(1000, 200).arrows()) {
            assertEquals(layout.rowOf(a.fromOffset()), a.fromRow());
            assertFalse(a.fromLane() == a.toLane());
        }
    }

    @Test
    void layoutOfAStoredGraphIsTheSameFromMemoryAndFromThePostings() {
        dev.chronoscope.store.LogStore store = Ingest.run(RandomClockLog.run(9, 4, 1500));
        int lanes = store.lanes().size();
        SpaceTimeLayout fromMemory = new SpaceTimeLayout(CausalGraphs.open(store), store::laneIndex, store.eventCount(), lanes);
        SpaceTimeLayout fromPostings = new SpaceTimeLayout(new StoredCausalGraph(store, false), store::laneIndex,
                store.eventCount(), lanes);
        assertEquals(fromPostings.rowCount(), fromMemory.rowCount());
        assertEquals(fromPostings.window(700, 50), fromMemory.window(700, 50));
        assertFalse(fromMemory.window(700, 50).arrows().isEmpty());
    }

    /** Rows by the definition: an event opens a row when it or its lane's previous event communicates. */
    private static List<Node> bruteForce(CausalGraph graph, int[] laneOf) {
        List<Node> nodes = new ArrayList<>();
        int[] lastNode = new int[10];
        boolean[] lastComm = new boolean[10];
        boolean[] seen = new boolean[10];
        for (int k = 0; k < laneOf.length; k++) {
            int lane = laneOf[k];
            boolean comm = false;
            for (Edge e : graph.incoming(k)) comm |= laneOf[(int) e.from()] != lane;
            for (Edge e : graph.outgoing(k)) comm |= laneOf[(int) e.to()] != lane;
            if (comm || !seen[lane] || lastComm[lane]) {
                nodes.add(new Node(nodes.size(), lane, k, 1, true));
                lastNode[lane] = nodes.size() - 1;
            } else {
                Node n = nodes.get(lastNode[lane]);
                nodes.set(lastNode[lane], new Node(n.row(), lane, n.offset(), n.events() + 1, true));
            }
            seen[lane] = true;
            lastComm[lane] = comm;
        }
        return nodes;
    }
}
