package dev.chronoscope.causality;

import dev.chronoscope.store.LogStore;

/** Entry point: the causal graph of an ingested log, read from its store. */
public final class CausalGraphs {
    private CausalGraphs() {}

    /** The graph that {@link CausalityBuilder} wrote into this store (empty if it wrote none). */
    public static CausalGraph open(LogStore store) {
        return new StoredCausalGraph(store);
    }
}
