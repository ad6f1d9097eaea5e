package dev.chronoscope.causality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A causal graph given as a list of edges, for layout tests; slices are not needed there. */
final class EdgeListGraph implements CausalGraph {
    private final Map<Long, List<Edge>> in = new HashMap<>();
    private final Map<Long, List<Edge>> out = new HashMap<>();
    private long count;

    EdgeListGraph edge(long from, long to) {
        Edge e = new Edge(from, to, "msg", from > to);
        in.computeIfAbsent(to, k -> new ArrayList<>()).add(e);
        out.computeIfAbsent(from, k -> new ArrayList<>()).add(e);
        count++;
        return this;
    }

    @Override
    public long edgeCount() {
        return count;
    }

    @Override
    public long danglingCount() {
        return 0;
    }

    @Override
    public List<Edge> incoming(long offset) {
        return in.getOrDefault(offset, List.of());
    }

    @Override
    public List<Edge> outgoing(long offset) {
        return out.getOrDefault(offset, List.of());
    }

    @Override
    public long[] causes(long offset, int depth) {
        throw new UnsupportedOperationException("layout tests do not slice");
    }

    @Override
    public long[] effects(long offset, int depth) {
        throw new UnsupportedOperationException("layout tests do not slice");
    }

    @Override
    public List<Finding> findings() {
        return List.of();
    }
}
