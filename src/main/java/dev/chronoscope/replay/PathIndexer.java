package dev.chronoscope.replay;

import dev.chronoscope.store.Postings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Adds each changed leaf path and its ancestors to the "replay.paths" postings. It works on the
 * fold's {@link PathNode}s, so a change costs no lookup: walking up the parents replaces cutting
 * ancestor substrings and hashing them afresh. Each node remembers the last offset it was added
 * at, so an ancestor shared by several changes of one event goes in once, and the walk stops at
 * the first ancestor already added (its own ancestors are in already).
 *
 * <p>Offsets wait in their node and go to the postings writer a key at a time every
 * {@link #FLUSH_ENTRIES} entries: one lookup in the writer's large buffer per key and flush
 * instead of one per entry.
 */
final class PathIndexer {
    static final int FLUSH_ENTRIES = 1 << 16;
    /** Nodes keep a waiting-offsets array this small across flushes; larger ones are dropped. */
    private static final int KEPT_CAPACITY = 4;

    private final Postings.Writer postings;
    private final ArrayList<PathNode> dirty = new ArrayList<>();
    private int pendingTotal;

    PathIndexer(Postings.Writer postings) {
        this.postings = postings;
    }

    /** Indexes one event's changed paths; call once per event, offsets ascending. */
    void index(List<PathNode> changed, long offset) {
        if (pendingTotal >= FLUSH_ENTRIES) flush();
        for (int i = 0, size = changed.size(); i < size; i++) {
            for (PathNode n = changed.get(i); n != null && n.lastIndexed != offset; n = indexedParent(n)) {
                n.lastIndexed = offset;
                if (n.pendingCount == 0) {
                    dirty.add(n);
                    if (n.pending == null) n.pending = new long[KEPT_CAPACITY];
                } else if (n.pendingCount == n.pending.length) {
                    n.pending = Arrays.copyOf(n.pending, n.pendingCount * 2);
                }
                n.pending[n.pendingCount++] = offset;
                pendingTotal++;
            }
        }
    }

    /** Ancestors are the prefixes before each '/' but the first character: "" is none. */
    private static PathNode indexedParent(PathNode n) {
        PathNode p = n.parent;
        return p == null || p.path.isEmpty() ? null : p;
    }

    /** Hands every waiting offset to the postings writer; call after the last event too. */
    void flush() {
        for (int i = 0, size = dirty.size(); i < size; i++) {
            PathNode n = dirty.get(i);
            postings.addAll(n.path, n.pending, n.pendingCount);
            n.pendingCount = 0;
            if (n.pending.length > KEPT_CAPACITY) n.pending = null;
        }
        dirty.clear();
        pendingTotal = 0;
    }

    /** Flushes and builds the final path index on the calling thread; call once, after the last event. */
    void finish() {
        flush();
        postings.finishNow();
    }
}
