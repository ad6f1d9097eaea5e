package dev.chronoscope.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks the parent relation of a whole OTLP log for the bad input that would make a naive walk
 * up the parents loop forever: a cycle of parents (a span that is its own parent is handled by the
 * reader). Each cycle is found once, in time linear in the number of spans: every span is walked
 * once, marked on the current walk, then finished. Its memory grows with the spans, so beyond
 * {@link #MAX_SPANS} it gives up and says so.
 */
final class OtlpParents {

    /** Beyond this many spans with parents the check is given up, to keep memory bounded. */
    static final int MAX_SPANS = 2_000_000;

    // Spans with a parent, in the order added, as columns of numeric ids (span ids are only unique
    // within a trace, so trace and span id are the key), and an open-addressing table of slot pairs
    // (hash, position + 1): about 50 bytes a span and no object per span, where entries with String
    // keys made this check a fifth of the reader's time. A probe reads the pair's one cache line and
    // goes to the columns only when the hashes match.
    private long[] traceHighs = new long[1 << 10];
    private long[] traceLows = new long[1 << 10];
    private long[] spanIds = new long[1 << 10];
    private long[] parents = new long[1 << 10];
    private int count;
    private int[] table = new int[2 << 11];
    private boolean overflowed;

    void add(long traceHigh, long traceLow, long spanId, long parentSpanId) {
        if (parentSpanId == 0 || overflowed) return;
        if (count >= MAX_SPANS) {
            overflowed = true;
            traceHighs = traceLows = spanIds = parents = new long[0];
            table = new int[2];
            return;
        }
        int hash = hash(traceHigh, traceLow, spanId);
        int slot = slot(hash, traceHigh, traceLow, spanId);
        if (table[slot + 1] != 0) return; // the first of a repeated span id stands
        if (count == spanIds.length) growColumns();
        traceHighs[count] = traceHigh;
        traceLows[count] = traceLow;
        spanIds[count] = spanId;
        parents[count] = parentSpanId;
        table[slot] = hash;
        table[slot + 1] = ++count;
        if (count * 4 > table.length) growTable(); // at most half the slots taken
    }

    /** The position + 1 of the span, 0 when it is not here. */
    private int find(long traceHigh, long traceLow, long spanId) {
        return table[slot(hash(traceHigh, traceLow, spanId), traceHigh, traceLow, spanId) + 1];
    }

    /** The index in {@code table} of the span's pair, or of the free pair where it would go. */
    private int slot(int hash, long traceHigh, long traceLow, long spanId) {
        int mask = table.length - 2;
        int i = (hash << 1) & mask;
        for (int at = table[i + 1]; at != 0; at = table[i + 1]) {
            int n = at - 1;
            if (table[i] == hash && spanIds[n] == spanId && traceLows[n] == traceLow && traceHighs[n] == traceHigh) return i;
            i = (i + 2) & mask;
        }
        return i;
    }

    private static int hash(long traceHigh, long traceLow, long spanId) {
        long h = (spanId * 0x9E3779B97F4A7C15L) ^ (traceLow * 0xC2B2AE3D27D4EB4FL) ^ traceHigh;
        return (int) (h ^ (h >>> 32));
    }

    private void growColumns() {
        int size = spanIds.length * 2;
        traceHighs = Arrays.copyOf(traceHighs, size);
        traceLows = Arrays.copyOf(traceLows, size);
        spanIds = Arrays.copyOf(spanIds, size);
        parents = Arrays.copyOf(parents, size);
    }

    private void growTable() {
        int[] old = table;
        table = new int[old.length * 2];
        int mask = table.length - 2;
        for (int j = 0; j < old.length; j += 2) {
            if (old[j + 1] == 0) continue;
            int i = (old[j] << 1) & mask;
            while (table[i + 1] != 0) i = (i + 2) & mask;
            table[i] = old[j];
            table[i + 1] = old[j + 1];
        }
    }

    /** True when there were too many spans to check. */
    boolean overflowed() {
        return overflowed;
    }

    /** Each parent cycle as its span ids ("trace:span"), in parent order, in the order spans were added. */
    List<List<String>> cycles() {
        List<List<String>> cycles = new ArrayList<>();
        byte[] marks = new byte[count]; // 0 unseen, 1 on the current walk, 2 finished
        int[] walk = new int[16];
        for (int start = 0; start < count; start++) {
            if (marks[start] != 0) continue;
            int length = 0;
            int at = start;
            while (at >= 0 && marks[at] == 0) {
                marks[at] = 1;
                if (length == walk.length) walk = Arrays.copyOf(walk, length * 2);
                walk[length++] = at;
                at = find(traceHighs[at], traceLows[at], parents[at]) - 1;
            }
            if (at >= 0 && marks[at] == 1) {
                List<String> cycle = new ArrayList<>();
                for (int i = indexOf(walk, length, at); i < length; i++) cycle.add(describe(walk[i]));
                cycles.add(List.copyOf(cycle));
            }
            for (int i = 0; i < length; i++) marks[walk[i]] = 2;
        }
        return cycles;
    }

    private static int indexOf(int[] walk, int length, int n) {
        for (int i = 0; i < length; i++) if (walk[i] == n) return i;
        throw new IllegalStateException("a span marked on the walk is not on it");
    }

    private String describe(int n) {
        return OtlpIds.hex(traceHighs[n], traceLows[n]) + ":" + OtlpIds.hex(spanIds[n]);
    }
}
