package dev.chronoscope.causality;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The direct causes of the most recent events, kept in a ring so that a link pointing forward in
 * the log can be checked for closing a cycle without reading the store being written. Cycles that
 * reach further back than the window are not seen; that bound is what keeps ingest memory flat.
 */
final class RecentSources {
    static final int WINDOW = 1 << 14;
    private static final int MAX_VISITS = 10_000;
    private static final long[] NONE = new long[0];

    private final long[] offsets = new long[WINDOW];
    private final long[][] sources = new long[WINDOW][];

    RecentSources() {
        Arrays.fill(offsets, -1);
    }

    void record(long offset, long[] direct, int count) {
        int slot = slot(offset);
        offsets[slot] = offset;
        sources[slot] = count == 0 ? NONE : Arrays.copyOf(direct, count);
    }

    /** A cause added to an earlier event (a forward link resolved late). */
    void addSource(long offset, long source) {
        int slot = slot(offset);
        if (offsets[slot] != offset) return;
        long[] old = sources[slot];
        long[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = source;
        sources[slot] = grown;
    }

    /**
     * A path from {@code start} forward to {@code end} through the recorded edges, found by walking
     * causes backwards from end; returned as offsets start..end, or null when none is seen.
     */
    long[] path(long start, long end) {
        java.util.HashMap<Long, Long> next = new java.util.HashMap<>();
        ArrayDeque<Long> queue = new ArrayDeque<>();
        queue.add(end);
        next.put(end, -1L);
        while (!queue.isEmpty() && next.size() < MAX_VISITS) {
            long node = queue.poll();
            for (long cause : causesOf(node)) {
                if (next.containsKey(cause)) continue;
                next.put(cause, node);
                if (cause == start) return walk(start, next);
                queue.add(cause);
            }
        }
        return null;
    }

    private long[] causesOf(long offset) {
        int slot = slot(offset);
        return offsets[slot] == offset ? sources[slot] : NONE;
    }

    private static long[] walk(long start, java.util.Map<Long, Long> next) {
        long[] path = new long[next.size()];
        int n = 0;
        for (long node = start; node != -1; node = next.get(node)) path[n++] = node;
        return Arrays.copyOf(path, n);
    }

    private static int slot(long offset) {
        return (int) (offset & (WINDOW - 1));
    }
}
