package dev.chronoscope.replay;

import dev.chronoscope.codec.ByteSource;
import dev.chronoscope.store.Postings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Adds each changed leaf path and its ancestors to the "replay.paths" postings. It works on the
 * fold's {@link PathNode}s, so a change costs no lookup: walking up the parents replaces cutting
 * ancestor substrings and hashing them afresh. Each node remembers the last offset it was added
 * at, so an ancestor shared by several changes of one event goes in once, and the walk stops at
 * the first ancestor already added (its own ancestors are in already).
 *
 * <p>A node keeps its own offsets, as varint distances (mostly one or two bytes each), until
 * about a budget of bytes ({@link #budgetFor}) wait in all nodes. They are then written as one
 * sorted run: the nodes sorted by path, each path's offsets already ascending. The postings
 * writer thus neither buffers, nor numbers keys, nor sorts entries, and when everything fits in
 * one run, its run is the final index and no merge follows: a million events of the kernel
 * scenario take about 86 MB, which fits when the heap may grow to 2 GB, the JVM's default on a
 * machine with 8 GB. Before, each offset cost a long in the writer's buffer, a counting sort, a
 * write to a run and a read back in the merge.
 *
 * <p>A node the fold has forgotten (see {@link RecordingWriter}) is held here until its offsets
 * are written. The fold may meanwhile make a new node for the same path, so one path can have
 * several nodes; the stable sort keeps them in the order they were first indexed in.
 */
final class PathIndexer {
    /** The least budget, which a 10M-event log needs under {@code -Xmx512m}. */
    static final long BUDGET = 24L << 20;
    /** The most: a million events of the kernel scenario fit in one run of it (about 86 MB). */
    static final long MAX_BUDGET = 128L << 20;
    /** What holding a node costs beyond its array's bytes: its array's header and its place in the list. */
    private static final int HELD_COST = 24;
    /** What a node the fold has forgotten costs while it is held: the node and its path. */
    private static final int FORGOTTEN_COST = 128;
    private static final int FIRST_CAPACITY = 8;
    /** Offsets decoded at a time when a path's run is written. */
    private static final int CHUNK = 4096;
    private static final Comparator<PathNode> BY_PATH = Comparator.comparing(n -> n.path);

    private final Postings.Writer postings;
    private final long budget;
    private ArrayList<PathNode> holding = new ArrayList<>();
    private long estimate;
    private long forgottenSeen;
    private final long[] chunk = new long[CHUNK];

    PathIndexer(Postings.Writer postings) {
        this(postings, budgetFor(Runtime.getRuntime().maxMemory()));
    }

    /**
     * A twentieth of the heap, within {@link #BUDGET} and {@link #MAX_BUDGET}. Every run but a
     * lone one is merged as the fold finishes, after the last event, where nothing else is left
     * for the second core to do; a heap with room for fewer, longer runs takes that time off
     * the end of the ingest.
     */
    static long budgetFor(long maxHeap) {
        return Math.max(BUDGET, Math.min(MAX_BUDGET, maxHeap / 20));
    }

    PathIndexer(Postings.Writer postings, long budget) {
        this.postings = postings;
        this.budget = budget;
    }

    /**
     * Indexes one event's changed paths; call once per event, offsets ascending.
     *
     * @param forgotten how many nodes the fold has forgotten so far while they held offsets
     *     ({@link RecordingWriter#forgottenWithPostings}), which only this indexer keeps alive
     */
    void index(List<PathNode> changed, long offset, long forgotten) {
        estimate += (forgotten - forgottenSeen) * FORGOTTEN_COST;
        forgottenSeen = forgotten;
        for (int i = 0, size = changed.size(); i < size; i++) {
            for (PathNode n = changed.get(i); n != null && n.lastIndexed != offset; n = indexedParent(n)) {
                long distance;
                if (n.postingsLength == 0) {
                    holding.add(n);
                    n.postings = new byte[FIRST_CAPACITY];
                    estimate += HELD_COST + FIRST_CAPACITY;
                    distance = offset;
                } else {
                    distance = offset - n.lastIndexed;
                }
                n.lastIndexed = offset;
                append(n, distance);
            }
        }
        if (estimate > budget) writeRun();
    }

    private void append(PathNode n, long value) {
        byte[] b = n.postings;
        int length = n.postingsLength;
        if (length + 10 > b.length) {
            int capacity = Math.max(b.length * 2, length + 10);
            estimate += capacity - b.length;
            b = n.postings = Arrays.copyOf(b, capacity);
        }
        while ((value & ~0x7FL) != 0) {
            b[length++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        b[length++] = (byte) value;
        n.postingsLength = length;
    }

    /** Ancestors are the prefixes before each '/' but the first character: "" is none. */
    private static PathNode indexedParent(PathNode n) {
        PathNode p = n.parent;
        return p == null || p.path.isEmpty() ? null : p;
    }

    /** Writes every waiting offset as one sorted run and empties the nodes. */
    private void writeRun() {
        if (holding.isEmpty()) return;
        holding.sort(BY_PATH);
        try (Postings.SortedRun run = postings.sortedRun()) {
            for (int from = 0; from < holding.size(); ) {
                int to = from + 1;
                String path = holding.get(from).path;
                while (to < holding.size() && holding.get(to).path.equals(path)) to++;
                writePath(run, path, from, to);
                from = to;
            }
        }
        for (PathNode n : holding) {
            n.postings = null;
            n.postingsLength = 0;
        }
        holding = new ArrayList<>();
        estimate = 0;
    }

    /**
     * Writes the offsets of the nodes holding[from .. to), which share one path, a chunk at a
     * time. The nodes' offsets follow one another when each node was forgotten before the next
     * was made, the usual case; otherwise they are gathered, sorted and written once each.
     */
    private void writePath(Postings.SortedRun run, String path, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (new Offsets(holding.get(i)).next() <= holding.get(i - 1).lastIndexed) {
                writeMerged(run, path, from, to);
                return;
            }
        }
        int count = 0;
        for (int i = from; i < to; i++) {
            for (Offsets offsets = new Offsets(holding.get(i)); offsets.hasNext(); ) {
                chunk[count++] = offsets.next();
                if (count == CHUNK) {
                    run.add(path, chunk, count);
                    count = 0;
                }
            }
        }
        run.add(path, chunk, count);
    }

    private void writeMerged(Postings.SortedRun run, String path, int from, int to) {
        long[] all = new long[CHUNK];
        int count = 0;
        for (int i = from; i < to; i++) {
            for (Offsets offsets = new Offsets(holding.get(i)); offsets.hasNext(); ) {
                if (count == all.length) all = Arrays.copyOf(all, count * 2);
                all[count++] = offsets.next();
            }
        }
        Arrays.sort(all, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || all[i] != all[distinct - 1]) all[distinct++] = all[i];
        }
        run.add(path, all, distinct);
    }

    /** Reads a node's waiting offsets back. */
    private static final class Offsets {
        private final ByteSource distances;
        private long offset;

        Offsets(PathNode n) {
            distances = new ByteSource(n.postings, 0, n.postingsLength);
        }

        boolean hasNext() {
            return distances.hasMore();
        }

        long next() {
            offset += distances.readVarLong();
            return offset;
        }
    }

    /** Writes the waiting offsets and builds the final path index on the calling thread; call once, after the last event. */
    void finish() {
        writeRun();
        postings.finishNow();
    }
}
