package dev.chronoscope.app;

import java.util.Arrays;

/**
 * The causal slice of one event as the views draw it: its causes and effects (nearest first, as the
 * graph returns them) with sorted copies for lookups, and — for the nearest {@link #MARK_LIMIT} of
 * each — the position and lane that place them on the timeline. Made off the FX thread, then immutable.
 */
record CausalSlice(long offset, int depth, long position, int lane, long[] causes, long[] effects,
                   long[] sortedCauses, long[] sortedEffects, Marks causeMarks, Marks effectMarks) {
    static final int DEFAULT_DEPTH = 8;
    /** The deepest finite depth the depth control offers; beyond it comes "all". */
    static final int MAX_DEPTH = 64;
    /** Slice events placed on the timeline at most, per direction (the nearest ones). */
    static final int MARK_LIMIT = 5_000;

    /** Where slice events sit on the timeline: parallel arrays. */
    record Marks(long[] offsets, long[] positions, int[] lanes) {
        int size() {
            return offsets.length;
        }
    }

    boolean isCause(long k) {
        return Arrays.binarySearch(sortedCauses, k) >= 0;
    }

    boolean isEffect(long k) {
        return Arrays.binarySearch(sortedEffects, k) >= 0;
    }

    /** 1 for an edge inside the backward slice (into a cause or the event), 2 inside the forward one, else 0. */
    int edgeRole(long from, long to) {
        if (isCause(from) && (to == offset || isCause(to))) return 1;
        if (isEffect(to) && (from == offset || isEffect(from))) return 2;
        return 0;
    }

    /** The slice's events and the event itself, ascending: what "Only this slice" lists. */
    long[] offsetsWithSelf() {
        long[] all = new long[causes.length + effects.length + 1];
        System.arraycopy(causes, 0, all, 0, causes.length);
        System.arraycopy(effects, 0, all, causes.length, effects.length);
        all[all.length - 1] = offset;
        Arrays.sort(all);
        int n = 0;
        for (int i = 0; i < all.length; i++) if (n == 0 || all[n - 1] != all[i]) all[n++] = all[i];
        return Arrays.copyOf(all, n);
    }

    /** E.g. "2 causes · 1 effect"; what the causality panel's header says. */
    String label() {
        return plural(causes.length, "cause", "causes") + " · " + plural(effects.length, "effect", "effects");
    }

    private static String plural(long n, String one, String many) {
        return String.format("%,d %s", n, n == 1 ? one : many);
    }

    static long[] sorted(long[] offsets) {
        long[] s = offsets.clone();
        Arrays.sort(s);
        return s;
    }
}
