package dev.chronoscope.causality;

import dev.chronoscope.codec.ByteSource;
import dev.chronoscope.store.Blobs;
import dev.chronoscope.store.Column;

/**
 * The whole graph in memory as compressed sparse rows of ints, both directions, for slices that
 * touch a large part of a log: a walk over arrays instead of an index lookup per event. Loaded in
 * one sequential pass over the {@code causality.in} column and the {@code causality.late} blobs;
 * only built for graphs small enough (see {@link #MAX_CELLS}), larger ones are walked through the
 * postings.
 */
final class Adjacency {
    /** Events plus edges beyond which the graph is not loaded (about 8 bytes each, two directions). */
    static final long MAX_CELLS = 4_000_000;

    private final int[] inStart;
    private final int[] inSources;
    private final int[] outStart;
    private final int[] outTargets;

    private Adjacency(int[] inStart, int[] inSources, int[] outStart, int[] outTargets) {
        this.inStart = inStart;
        this.inSources = inSources;
        this.outStart = outStart;
        this.outTargets = outTargets;
    }

    /** Loads the graph, or returns null when it is too large or was not written with the column. */
    static Adjacency load(Column column, Blobs late, long eventCount, long edgeCount) {
        if (eventCount + edgeCount > MAX_CELLS || column.size() != eventCount) return null;
        int n = (int) eventCount;
        int[] inCount = new int[n + 1];
        int[] sources = new int[(int) edgeCount];
        int[] targets = new int[(int) edgeCount];
        int e = 0;
        for (int k = 0; k < n; k++) {
            ByteSource r = new ByteSource(column.get(k), "causality.in column");
            while (r.hasMore()) {
                if (e == sources.length) return null;
                sources[e] = (int) (k - r.readVarLong());
                r.readVarLong();
                targets[e++] = k;
            }
        }
        for (long chunk = 0; chunk < late.count(); chunk++) {
            byte[] bytes = late.get(chunk);
            if (bytes == null) return null;
            ByteSource r = new ByteSource(bytes, "causality.late chunk");
            long count = r.readVarLong();
            for (long i = 0; i < count; i++) {
                if (e == sources.length) return null;
                sources[e] = (int) r.readVarLong();
                targets[e++] = (int) r.readVarLong();
                r.readVarLong();
            }
        }
        if (e != sources.length) return null;
        int[][] in = group(targets, sources, n);
        int[][] out = group(sources, targets, n);
        return new Adjacency(in[0], in[1], out[0], out[1]);
    }

    /** Counting sort of (key, value) pairs into row starts and values. */
    private static int[][] group(int[] keys, int[] values, int n) {
        int[] start = new int[n + 1];
        for (int key : keys) start[key + 1]++;
        for (int i = 0; i < n; i++) start[i + 1] += start[i];
        int[] fill = java.util.Arrays.copyOf(start, n);
        int[] grouped = new int[values.length];
        for (int i = 0; i < keys.length; i++) grouped[fill[keys[i]]++] = values[i];
        return new int[][] {start, grouped};
    }

    /** Adds the unvisited direct causes (backward) or effects of node to next. */
    void expand(int node, boolean backward, Visited visited, LongList next) {
        int[] start = backward ? inStart : outStart;
        int[] list = backward ? inSources : outTargets;
        for (int i = start[node]; i < start[node + 1]; i++) {
            if (visited.add(list[i])) next.add(list[i]);
        }
    }

    /** True when node has a cause or an effect on another lane. */
    boolean crossesLanes(int node, int lane, java.util.function.LongToIntFunction laneOf) {
        for (int i = inStart[node]; i < inStart[node + 1]; i++) if (laneOf.applyAsInt(inSources[i]) != lane) return true;
        for (int i = outStart[node]; i < outStart[node + 1]; i++) if (laneOf.applyAsInt(outTargets[i]) != lane) return true;
        return false;
    }
}
