package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@link StateWriter} of a fold: mutates the leaf tree and remembers, per event, each
 * touched leaf's value before the event. {@link #finishEvent()} turns that into the event's net
 * changes (one per leaf, before → after, equal values dropped), so several writes to one leaf
 * within an event are a single reversible change and a write that restores a value is none.
 *
 * <p>Structure rules: setting a scalar or array replaces whatever was at or below the path and any
 * leaf at an ancestor (an ancestor that was a scalar becomes an object); setting an object writes
 * its leaves below the path and removes the old leaves there that the new value lacks.
 *
 * <p>Every path written is a {@link PathNode} in one hash table: a write is one hash lookup,
 * ancestors are a walk up the parents and "is anything below" is a count, where a sorted map
 * would compare long shared prefixes at every step. The {@link PathIndexer} works on the changed
 * nodes, so a change costs it no second lookup. The sorted map of leaf nodes changes only when a
 * leaf appears or goes, and serves the ordered walks (subtrees, checkpoints). Nodes that hold
 * nothing are dropped once the table passes {@link #MAX_NODES} (looked at every
 * {@link #FORGET_CHECK_EVERY} events), so logs whose paths never repeat (ids in paths) cost memory
 * bounded by the state, not the log.
 */
final class RecordingWriter implements StateWriter {
    static final int MAX_NODES = 1 << 17;
    static final int FORGET_CHECK_EVERY = 4096;
    private static final int MAX_MISS_EXAMPLES = 20;
    private static final Comparator<PathNode> BY_PATH = (a, b) -> a.path.compareTo(b.path);

    private final PathTable nodes = new PathTable();
    private final int maxNodes;
    private int nodeLimit;
    private final TreeMap<String, PathNode> leaves = new TreeMap<>();
    private ArrayList<PathNode> touched = new ArrayList<>();
    private final ArrayList<PathNode> changed = new ArrayList<>();
    private long event;
    private final Set<String> missExamples = new LinkedHashSet<>();
    private long misses;
    private long forgottenWithPostings;

    RecordingWriter() {
        this(MAX_NODES);
    }

    /** @param maxNodes how many paths the table holds before it forgets the ones that hold nothing */
    RecordingWriter(int maxNodes) {
        this.maxNodes = maxNodes;
        this.nodeLimit = maxNodes;
    }

    /** A copy of the current leaves, sorted by path. */
    TreeMap<String, JsonNode> leaves() {
        TreeMap<String, JsonNode> copy = new TreeMap<>();
        for (PathNode n : leaves.values()) copy.put(n.path, n.value);
        return copy;
    }

    /** The current leaves in path order, as live entries: read them before the next write. */
    Collection<? extends Map.Entry<String, JsonNode>> sortedLeaves() {
        return leaves.values();
    }

    @Override
    public JsonNode get(String path) {
        PathNode n = nodes.get(path);
        return n == null ? null : n.value;
    }

    @Override
    public boolean hasLeavesBelow(String path) {
        if (path.isEmpty()) return !leaves.isEmpty();
        PathNode n = nodes.get(path);
        return n != null && n.leavesBelow > 0;
    }

    @Override
    public void set(String path, JsonNode value) {
        if (value == null || value.isMissingNode()) {
            remove(path);
        } else if (value.isObject()) {
            setObject(path, value);
        } else {
            JsonNode v = Values.canonical(value);
            PathNode n = node(path);
            if (n.value != null) {
                note(n); // it was a leaf already: the tree shape cannot change
                n.value = v;
                return;
            }
            removeAncestorLeaves(n);
            removeBelow(n);
            put(n, v);
        }
    }

    private void setObject(String path, JsonNode object) {
        HashMap<String, JsonNode> fresh = new HashMap<>(object.size() * 2);
        flatten(path, object, fresh);
        PathNode n = node(path);
        removeAncestorLeaves(n);
        removeLeaf(n);
        if (hasLeavesBelow(n)) {
            Iterator<PathNode> old = below(n).values().iterator();
            while (old.hasNext()) {
                PathNode leaf = old.next();
                if (!fresh.containsKey(leaf.path)) {
                    old.remove();
                    dropLeaf(leaf);
                }
            }
        }
        for (Map.Entry<String, JsonNode> e : fresh.entrySet()) put(node(e.getKey()), e.getValue());
    }

    private static void flatten(String path, JsonNode object, Map<String, JsonNode> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String child = Paths.child(path, e.getKey());
            JsonNode v = e.getValue();
            if (v.isObject()) flatten(child, v, out);
            else if (!v.isMissingNode()) out.put(child, Values.canonical(v));
        }
    }

    @Override
    public void remove(String path) {
        PathNode n = nodes.get(path);
        if (n == null && !path.isEmpty()) return; // no leaf there and none below, or it would exist
        if (n == null) n = node(path);
        if (!path.isEmpty()) removeLeaf(n);
        removeBelow(n);
    }

    @Override
    public void ruleMiss(String reason) {
        misses++;
        if (missExamples.size() < MAX_MISS_EXAMPLES) missExamples.add(reason);
    }

    long misses() {
        return misses;
    }

    Set<String> missExamples() {
        return missExamples;
    }

    /** The net changes since the previous call, sorted by path; resets for the next event. */
    List<Change> finishEvent() {
        changed.clear();
        List<Change> changes = touched.isEmpty() ? List.of() : collectChanges();
        event++;
        // Looked at every few thousand events, not after each: a branch first taken deep into a
        // log makes the JIT throw away and recompile the compiled fold code around it.
        if (event % FORGET_CHECK_EVERY == 0) forgetIdleNodesIfMany();
        return changes;
    }

    private List<Change> collectChanges() {
        int n = touched.size();
        for (int i = 0; i < n; i++) {
            PathNode t = touched.get(i);
            if (!Objects.equals(t.before, t.value)) changed.add(t);
        }
        if (changed.size() > 1) changed.sort(BY_PATH);
        List<Change> changes = new ArrayList<>(changed.size());
        for (int i = 0, c = changed.size(); i < c; i++) {
            PathNode t = changed.get(i);
            changes.add(new Change(t.path, t.before, t.value));
        }
        for (int i = 0; i < n; i++) touched.get(i).before = null;
        if (n > 1024) touched = new ArrayList<>(); // clear() would keep a huge array
        else touched.clear();
        return changes;
    }

    /** How many nodes were forgotten so far while offsets waited in them for the {@link PathIndexer}. */
    long forgottenWithPostings() {
        return forgottenWithPostings;
    }

    /** The nodes of the last {@link #finishEvent()}'s changes, in the same order; valid until the next write. */
    List<PathNode> changedNodes() {
        return changed;
    }

    /**
     * Keeps the nodes that are leaves or hold leaves below; the others are rebuilt on demand. The
     * kept set must hold every kept node's parent, which these two tests give: a kept node's
     * ancestors all have leaves below. A node kept for any other reason could outlive its parent,
     * and a leaf set under it later would count itself into the forgotten parent, not the one in
     * the table. (A forgotten node with offsets waiting for the {@link PathIndexer} still hands
     * them on: the indexer holds the node until it writes them, and counts it against its
     * budget, see {@link #forgottenWithPostings}.)
     */
    private void forgetIdleNodesIfMany() {
        if (nodes.size() <= nodeLimit) return;
        nodes.retain(n -> {
            if (n.value != null || n.leavesBelow > 0) return true;
            if (n.postingsLength > 0) forgottenWithPostings++;
            return false;
        });
        nodeLimit = Math.max(maxNodes, 2 * nodes.size());
    }

    private void removeAncestorLeaves(PathNode n) {
        for (PathNode a = n.parent; a != null; a = a.parent) {
            if (a.value != null) removeLeaf(a);
        }
    }

    /** "" stands for the whole tree; below any other path lie the paths that start with it and '/'. */
    private boolean hasLeavesBelow(PathNode n) {
        return n.path.isEmpty() ? !leaves.isEmpty() : n.leavesBelow > 0;
    }

    private Map<String, PathNode> below(PathNode n) {
        return n.path.isEmpty() ? leaves : leaves.subMap(n.path + "/", n.path + "0");
    }

    private void removeBelow(PathNode n) {
        if (!hasLeavesBelow(n)) return;
        for (Iterator<PathNode> it = below(n).values().iterator(); it.hasNext(); ) {
            PathNode leaf = it.next();
            it.remove();
            dropLeaf(leaf);
        }
    }

    private void removeLeaf(PathNode n) {
        if (n.value == null) return;
        leaves.remove(n.path);
        dropLeaf(n);
    }

    /** Clears a leaf already taken out of the sorted map. */
    private void dropLeaf(PathNode n) {
        note(n);
        n.value = null;
        for (PathNode a = n.parent; a != null; a = a.parent) a.leavesBelow--;
    }

    private void put(PathNode n, JsonNode value) {
        note(n);
        if (n.value == null) {
            leaves.put(n.path, n);
            for (PathNode a = n.parent; a != null; a = a.parent) a.leavesBelow++;
        }
        n.value = value;
    }

    /** Remembers the node's value before the current event, at its first write in the event. */
    private void note(PathNode n) {
        if (n.touchedIn == event) return;
        n.touchedIn = event;
        n.before = n.value;
        touched.add(n);
    }

    /** The node of path, made with its ancestors (every prefix before a '/') when new. */
    private PathNode node(String path) {
        PathNode n = nodes.get(path);
        if (n != null) return n;
        int slash = path.lastIndexOf('/');
        PathNode parent = slash >= 0 ? node(path.substring(0, slash)) : null;
        n = new PathNode(path, parent);
        nodes.add(n);
        return n;
    }
}
