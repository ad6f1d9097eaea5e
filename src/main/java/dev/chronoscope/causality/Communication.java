package dev.chronoscope.causality;

import java.util.BitSet;
import java.util.function.LongToIntFunction;

/**
 * Whether an event communicates: has an edge to or from another lane. Answered from the graph (its
 * in-memory form when it has one) a block at a time and remembered in two bit sets (a few MB for ten million events), because the
 * row index asks the same offsets again whenever a window is laid out.
 */
final class Communication {
    static final int BLOCK = 256;

    private final CausalGraph graph;
    private final LongToIntFunction laneOf;
    private final long eventCount;
    private final BitSet knownBlocks = new BitSet();
    private final BitSet communicates = new BitSet();

    Communication(CausalGraph graph, LongToIntFunction laneOf, long eventCount) {
        this.graph = graph;
        this.laneOf = laneOf;
        this.eventCount = eventCount;
    }

    boolean test(long offset) {
        int block = (int) (offset / BLOCK);
        if (!knownBlocks.get(block)) load(block);
        return communicates.get((int) offset);
    }

    private void load(int block) {
        long start = (long) block * BLOCK;
        long end = Math.min(eventCount, start + BLOCK);
        Adjacency memory = graph instanceof StoredCausalGraph stored ? stored.adjacency() : null;
        for (long k = start; k < end; k++) {
            int lane = laneOf.applyAsInt(k);
            if (memory != null) {
                if (memory.crossesLanes((int) k, lane, laneOf)) communicates.set((int) k);
                continue;
            }
            boolean cross = false;
            for (Edge e : graph.incoming(k)) cross |= laneOf.applyAsInt(e.from()) != lane;
            if (!cross) for (Edge e : graph.outgoing(k)) cross |= laneOf.applyAsInt(e.to()) != lane;
            if (cross) communicates.set((int) k);
        }
        knownBlocks.set(block);
    }
}
