package dev.chronoscope.causality;

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
     * The backward slice: every ancestor of offset, nearest first (BFS order by depth, then
     * offset descending); depth ≤ 0 means unlimited. Cycles never loop.
     */
    long[] causes(long offset, int depth);

    /** The forward slice: every descendant, nearest first (depth, then offset ascending). */
    long[] effects(long offset, int depth);

    List<Finding> findings();
}
