package dev.chronoscope.causality;

import java.util.ArrayList;
import java.util.List;

/** The causal edges of one ingested log, read from the store. Thread-safe. */
public interface CausalGraph {

    long edgeCount();

    /** Links whose id matched no event. */
    long danglingCount();

    /** Edges into offset (its direct causes). */
    List<Edge> incoming(long offset);

    /** Edges out of offset (its direct effects). */
    List<Edge> outgoing(long offset);

    /**
     * The edges with an end among the events [from, to): per event in offset order its incoming, then
     * its outgoing edges; an edge with both ends inside is listed once, as incoming. Meant for a
     * window of a few thousand events, which a stored graph reads in one pass.
     */
    default List<Edge> edgesAround(long from, long to) {
        List<Edge> edges = new ArrayList<>();
        for (long k = Math.max(0, from); k < to; k++) {
            edges.addAll(incoming(k));
            for (Edge e : outgoing(k)) if (e.to() < from || e.to() >= to) edges.add(e);
        }
        return edges;
    }

    /**
     * The backward slice: every ancestor of offset, nearest first (BFS order by depth, then
     * offset descending); depth ≤ 0 means unlimited. Cycles never loop.
     */
    long[] causes(long offset, int depth);

    /** The forward slice: every descendant, nearest first (depth, then offset ascending). */
    long[] effects(long offset, int depth);

    List<Finding> findings();
}
