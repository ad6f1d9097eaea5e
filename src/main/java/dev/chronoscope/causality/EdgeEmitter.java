package dev.chronoscope.causality;

import dev.chronoscope.codec.ByteSink;
import dev.chronoscope.store.Blobs;
import dev.chronoscope.store.Column;
import dev.chronoscope.store.Postings;

/**
 * Collects the edges found while one event is ingested and writes them, sorted and without
 * duplicates, to the in/out postings. Sorting by (from, to, kind) keeps the values of every key
 * ascending, which the postings require: all edges reach the store while their later end is the
 * event being ingested.
 *
 * <p>For fast whole-graph loading the same edges are also written compactly: the event's causes
 * that lie earlier in the log go to the {@code causality.in} column (one value per event: pairs
 * of varints, distance back and kind code), and edges against time go in chunks to the
 * {@code causality.late} blobs (varint count, then from, to, code per edge).
 */
final class EdgeEmitter {
    static final int LATE_CHUNK = 4096;

    private final Postings.Writer in;
    private final Postings.Writer out;
    private final Column.Writer column;
    private final Blobs.Writer late;
    private final ByteSink value = new ByteSink(64);
    private final ByteSink lateChunk = new ByteSink(64);
    private int lateInChunk;
    private long lateChunks;
    private final RecentSources recent;
    private long[] from = new long[8];
    private long[] to = new long[8];
    private int[] code = new int[8];
    private static final byte[] EMPTY = new byte[0];
    private long[] scratch = new long[8];
    private int size;
    private long edgeCount;

    EdgeEmitter(Postings.Writer in, Postings.Writer out, Column.Writer column, Blobs.Writer late, RecentSources recent) {
        this.in = in;
        this.out = out;
        this.column = column;
        this.late = late;
        this.recent = recent;
    }

    void edge(long cause, long effect, int kindCode) {
        if (size == from.length) {
            from = java.util.Arrays.copyOf(from, size * 2);
            to = java.util.Arrays.copyOf(to, size * 2);
            code = java.util.Arrays.copyOf(code, size * 2);
        }
        from[size] = cause;
        to[size] = effect;
        code[size] = kindCode;
        size++;
    }

    /** Writes the collected edges of the event at offset current. */
    void flush(long current) {
        if (size == 0) {
            recent.record(current, null, 0);
            column.append(EMPTY);
            return;
        }
        value.reset();
        sort();
        if (scratch.length < size) scratch = new long[size * 2];
        long[] sourcesOfCurrent = scratch;
        int sources = 0;
        for (int i = 0; i < size; i++) {
            if (i > 0 && from[i] == from[i - 1] && to[i] == to[i - 1] && code[i] == code[i - 1]) continue;
            in.addUnderNumber(to[i], EdgeCodec.pack(from[i], code[i]));
            out.addUnderNumber(from[i], EdgeCodec.pack(to[i], code[i]));
            edgeCount++;
            if (from[i] > to[i]) addLate(from[i], to[i], code[i]);
            else {
                value.writeVarLong(current - from[i]);
                value.writeVarLong(code[i]);
            }
            if (to[i] == current) sourcesOfCurrent[sources++] = from[i];
            else recent.addSource(to[i], from[i]);
        }
        recent.record(current, sourcesOfCurrent, sources);
        column.append(value.length() == 0 ? EMPTY : value.toByteArray());
        size = 0;
    }

    /** Writes the last, partial chunk of edges against time. */
    /** Writes what waits and builds both edge indexes now, while the fold builds its own. */
    void finish() {
        if (lateInChunk > 0) flushLate();
        in.finishNow();
        out.finishNow();
    }

    private void addLate(long cause, long effect, int kindCode) {
        lateChunk.writeVarLong(cause);
        lateChunk.writeVarLong(effect);
        lateChunk.writeVarLong(kindCode);
        if (++lateInChunk == LATE_CHUNK) flushLate();
    }

    private void flushLate() {
        ByteSink chunk = new ByteSink(10 + lateChunk.length());
        chunk.writeVarLong(lateInChunk);
        chunk.writeRaw(lateChunk.array(), 0, lateChunk.length());
        late.put(lateChunks++, chunk.toByteArray());
        lateChunk.reset();
        lateInChunk = 0;
    }

    long edgeCount() {
        return edgeCount;
    }

    /** Insertion sort for the usual handful of edges; an index sort for the rare event with many. */
    private void sort() {
        if (size > 32) {
            sortMany();
            return;
        }
        for (int i = 1; i < size; i++) {
            long f = from[i], t = to[i];
            int c = code[i];
            int j = i - 1;
            while (j >= 0 && compare(from[j], to[j], code[j], f, t, c) > 0) {
                from[j + 1] = from[j];
                to[j + 1] = to[j];
                code[j + 1] = code[j];
                j--;
            }
            from[j + 1] = f;
            to[j + 1] = t;
            code[j + 1] = c;
        }
    }

    private void sortMany() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> compare(from[a], to[a], code[a], from[b], to[b], code[b]));
        long[] f = new long[from.length];
        long[] t = new long[to.length];
        int[] c = new int[code.length];
        for (int i = 0; i < size; i++) {
            f[i] = from[order[i]];
            t[i] = to[order[i]];
            c[i] = code[order[i]];
        }
        from = f;
        to = t;
        code = c;
    }

    private static int compare(long f1, long t1, int c1, long f2, long t2, int c2) {
        if (f1 != f2) return Long.compare(f1, f2);
        if (t1 != t2) return Long.compare(t1, t2);
        return Integer.compare(c1, c2);
    }
}
