package dev.chronoscope.replay;

import dev.chronoscope.store.Postings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;

/**
 * Adds each changed leaf path and its ancestors to the "replay.paths" postings. A fold touches
 * the same few thousand paths over and over, so every path seen is kept as a node linked to its
 * parent: per change one hash lookup finds the node, and walking up the parents replaces cutting
 * ancestor substrings and hashing them afresh. Each node remembers the last offset it was added
 * at, so an ancestor shared by several changes of one event goes in once, and the walk stops at
 * the first ancestor already added (its own ancestors are in already).
 *
 * <p>Offsets wait in their node and go to the postings writer a key at a time every
 * {@link #FLUSH_ENTRIES} entries: one lookup in the writer's large buffer per key and flush
 * instead of one per entry. The node cache is dropped when it passes {@link #MAX_NODES}, so logs
 * whose paths never repeat (ids in paths) cost memory bounded by that, not by the log.
 */
final class PathIndexer {
    static final int MAX_NODES = 1 << 17;
    static final int FLUSH_ENTRIES = 1 << 16;
    private static final int KEPT_CAPACITY = 64;

    private static final class Node {
        final String key;
        final Node parent;
        long lastOffset = -1;
        long[] pending;
        int pendingCount;

        Node(String key, Node parent) {
            this.key = key;
            this.parent = parent;
        }
    }

    private final Postings.Writer postings;
    private HashMap<String, Node> nodes = new HashMap<>();
    private final ArrayList<Node> dirty = new ArrayList<>();
    private int pendingTotal;

    PathIndexer(Postings.Writer postings) {
        this.postings = postings;
    }

    /** Indexes one event's changed paths; call once per event, offsets ascending. */
    void index(Iterable<Change> changes, long offset) {
        if (pendingTotal >= FLUSH_ENTRIES) flush();
        if (nodes.size() > MAX_NODES) {
            flush();
            nodes = new HashMap<>();
        }
        for (Change c : changes) {
            for (Node n = node(c.path()); n != null && n.lastOffset != offset; n = n.parent) {
                n.lastOffset = offset;
                if (n.pendingCount == 0) {
                    dirty.add(n);
                    if (n.pending == null) n.pending = new long[4];
                } else if (n.pendingCount == n.pending.length) {
                    n.pending = Arrays.copyOf(n.pending, n.pendingCount * 2);
                }
                n.pending[n.pendingCount++] = offset;
                pendingTotal++;
            }
        }
    }

    /** Hands every waiting offset to the postings writer; call after the last event too. */
    void flush() {
        for (Node n : dirty) {
            postings.addAll(n.key, n.pending, n.pendingCount);
            n.pendingCount = 0;
            if (n.pending.length > KEPT_CAPACITY) n.pending = null;
        }
        dirty.clear();
        pendingTotal = 0;
    }

    private Node node(String path) {
        Node n = nodes.get(path);
        if (n != null) return n;
        int slash = path.lastIndexOf('/');
        Node parent = slash > 0 ? node(path.substring(0, slash)) : null;
        n = new Node(path, parent);
        nodes.put(path, n);
        return n;
    }
}
