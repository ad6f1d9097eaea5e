package dev.chronoscope.replay;

import java.util.function.Predicate;

/**
 * The fold's path → {@link PathNode} table: open addressing with linear probing, at most a
 * quarter full so that a lookup rarely compares a second path. Besides sparing
 * a HashMap entry per path, its lookup branches on {@code equals} alone, a test that fails at every
 * probe collision from the first events on. The JIT compiles a method that inlines HashMap's
 * lookup with that map's branch profile, which is shared by every HashMap in the process; an
 * exact hash collision between two paths, seen first deep into a log, then threw the compiled
 * fold code away for a recompile.
 */
final class PathTable {
    private static final int MIN_CAPACITY = 1024;

    private PathNode[] slots = new PathNode[MIN_CAPACITY];
    private int size;

    int size() {
        return size;
    }

    PathNode get(String path) {
        PathNode[] t = slots;
        int mask = t.length - 1;
        for (int i = slot(path, mask); ; i = (i + 1) & mask) {
            PathNode n = t[i];
            if (n == null) return null;
            if (n.path.equals(path)) return n;
        }
    }

    /** Adds a node whose path is not in the table yet. */
    void add(PathNode node) {
        if (4 * (size + 1) > slots.length) slots = rehash(slots, slots.length * 2, n -> true);
        insert(slots, node);
        size++;
    }

    /**
     * Keeps the nodes the test accepts and drops the others. The table keeps its capacity: the
     * fold forgets nodes when the table is full of paths that came and went, and such paths keep
     * coming, so a table shrunk to the kept nodes only grew back, rehashing at every doubling.
     */
    void retain(Predicate<PathNode> keep) {
        int kept = 0;
        for (PathNode n : slots) if (n != null && keep.test(n)) kept++;
        int capacity = Math.max(MIN_CAPACITY, slots.length);
        while (capacity < 8 * kept) capacity *= 2;
        slots = rehash(slots, capacity, keep);
        size = kept;
    }

    private static PathNode[] rehash(PathNode[] old, int capacity, Predicate<PathNode> keep) {
        PathNode[] t = new PathNode[capacity];
        for (PathNode n : old) if (n != null && keep.test(n)) insert(t, n);
        return t;
    }

    private static void insert(PathNode[] t, PathNode node) {
        int mask = t.length - 1;
        int i = slot(node.path, mask);
        while (t[i] != null) i = (i + 1) & mask;
        t[i] = node;
    }

    private static int slot(String path, int mask) {
        int h = path.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
