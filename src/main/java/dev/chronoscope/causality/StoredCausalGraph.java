package dev.chronoscope.causality;

import dev.chronoscope.store.LogStore;
import dev.chronoscope.store.Postings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The causal graph over a store's in/out postings. Slices are a breadth-first walk level by level,
 * each level sorted (nearest first, then by offset: descending for causes, ascending for effects);
 * a visited set makes cycles terminate and keeps the start out of its own slice. The walk reads
 * the graph from memory when it is small enough to load ({@link Adjacency}, loaded on the first
 * slice), else one postings lookup per event.
 */
final class StoredCausalGraph implements CausalGraph {
    private final Postings in;
    private final Postings out;
    private final EdgeCodec codec;
    private final long eventCount;
    private final long edgeCount;
    private final long dangling;
    private final List<Finding> findings;
    private final LogStore store;
    private Adjacency adjacency;
    private boolean adjacencyTried;

    StoredCausalGraph(LogStore store) {
        this(store, true);
    }

    /** With loadIntoMemory false, slices always walk the postings (tests compare both walks). */
    StoredCausalGraph(LogStore store, boolean loadIntoMemory) {
        this.adjacencyTried = !loadIntoMemory;
        this.store = store;
        Map<String, String> meta = store.meta();
        this.in = store.postings(EdgeCodec.IN);
        this.out = store.postings(EdgeCodec.OUT);
        this.codec = EdgeCodec.fromJson(meta.get(EdgeCodec.META_KINDS));
        this.eventCount = store.eventCount();
        this.edgeCount = parse(meta.get(EdgeCodec.META_EDGES));
        this.dangling = parse(meta.get(EdgeCodec.META_DANGLING));
        this.findings = FindingLog.parse(meta.get(EdgeCodec.META_FINDINGS));
    }

    @Override
    public long edgeCount() {
        return edgeCount;
    }

    @Override
    public long danglingCount() {
        return dangling;
    }

    @Override
    public List<Edge> incoming(long offset) {
        long[] packed = packed(in, offset);
        List<Edge> edges = new ArrayList<>(packed.length);
        for (long p : packed) {
            long from = EdgeCodec.offsetOf(p);
            edges.add(new Edge(from, offset, codec.name(EdgeCodec.codeOf(p)), from > offset));
        }
        return edges;
    }

    @Override
    public List<Edge> outgoing(long offset) {
        long[] packed = packed(out, offset);
        List<Edge> edges = new ArrayList<>(packed.length);
        for (long p : packed) {
            long to = EdgeCodec.offsetOf(p);
            edges.add(new Edge(offset, to, codec.name(EdgeCodec.codeOf(p)), offset > to));
        }
        return edges;
    }

    @Override
    public List<Edge> edgesAround(long from, long to) {
        long a = Math.max(0, from);
        long b = Math.min(eventCount, to);
        if (a >= b) return List.of();
        long[][] into = window(in, a, b);
        long[][] outOf = window(out, a, b);
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < into.length; i++) {
            long k = a + i;
            for (long p : into[i]) {
                long source = EdgeCodec.offsetOf(p);
                edges.add(new Edge(source, k, codec.name(EdgeCodec.codeOf(p)), source > k));
            }
            for (long p : outOf[i]) {
                long target = EdgeCodec.offsetOf(p);
                if (target >= a && target < b) continue;
                edges.add(new Edge(k, target, codec.name(EdgeCodec.codeOf(p)), k > target));
            }
        }
        return edges;
    }

    /**
     * The packed edges of each offset in [a, b). Keys are decimal offsets, so String order is offset
     * order among keys of one length: one key range per length, skipping the other lengths' keys
     * that sort in between.
     */
    private static long[][] window(Postings postings, long a, long b) {
        long[][] packed = new long[(int) (b - a)][];
        for (long lo = a; lo < b; ) {
            String first = EdgeCodec.key(lo);
            int digits = first.length();
            long hi = Math.min(b - 1, digits >= 19 ? Long.MAX_VALUE : pow10(digits) - 1);
            postings.forEachKey(first, EdgeCodec.key(hi), new WindowFill(packed, a, digits));
            lo = hi + 1;
        }
        for (int i = 0; i < packed.length; i++) if (packed[i] == null) packed[i] = new long[0];
        return packed;
    }

    /**
     * Files each key of one length under its offset. A class, not a lambda: the timeline's first
     * zoom into single events would otherwise also pay for spinning the lambda's class.
     */
    private static final class WindowFill implements BiConsumer<String, long[]> {
        private final long[][] packed;
        private final long first;
        private final int digits;

        WindowFill(long[][] packed, long first, int digits) {
            this.packed = packed;
            this.first = first;
            this.digits = digits;
        }

        @Override
        public void accept(String key, long[] values) {
            if (key.length() == digits) packed[(int) (Long.parseLong(key) - first)] = values;
        }
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) p *= 10;
        return p;
    }

    @Override
    public long[] causes(long offset, int depth) {
        return slice(in, offset, depth, true);
    }

    @Override
    public long[] effects(long offset, int depth) {
        return slice(out, offset, depth, false);
    }

    @Override
    public List<Finding> findings() {
        return findings;
    }

    private long[] slice(Postings direction, long start, int depth, boolean descending) {
        if (start < 0 || start >= eventCount) return new long[0];
        Adjacency memory = adjacency();
        boolean backward = direction == in;
        Visited visited = Visited.forCount(eventCount);
        visited.add(start);
        LongList result = new LongList();
        LongList frontier = new LongList();
        frontier.add(start);
        LongList next = new LongList();
        for (int level = 1; frontier.size() > 0 && (depth <= 0 || level <= depth); level++) {
            next.clear();
            for (int i = 0; i < frontier.size(); i++) {
                if (memory != null) {
                    memory.expand((int) frontier.get(i), backward, visited, next);
                    continue;
                }
                for (long p : packed(direction, frontier.get(i))) {
                    long neighbour = EdgeCodec.offsetOf(p);
                    if (visited.add(neighbour)) next.add(neighbour);
                }
            }
            next.sort(descending);
            result.addAll(next);
            LongList swap = frontier;
            frontier = next;
            next = swap;
        }
        return result.toArray();
    }

    /** The graph in memory, loaded on first use; null when too large to load. */
    synchronized Adjacency adjacency() {
        if (!adjacencyTried) {
            adjacencyTried = true;
            adjacency = Adjacency.load(store.column(EdgeCodec.IN_COLUMN), store.blobs(EdgeCodec.LATE), eventCount, edgeCount);
        }
        return adjacency;
    }

    private static long[] packed(Postings postings, long offset) {
        return postings.offsets(EdgeCodec.key(offset), 0, Long.MAX_VALUE);
    }

    private static long parse(String value) {
        if (value == null) return 0;
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
