package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The {@link StateWriter} of a fold: mutates the flat leaf map and remembers, per event, each
 * touched leaf's value before the event. {@link #finishEvent()} turns that into the event's net
 * changes (one per leaf, before → after, equal values dropped), so several writes to one leaf
 * within an event are a single reversible change and a write that restores a value is none.
 *
 * <p>Structure rules: setting a scalar or array replaces whatever was at or below the path and any
 * leaf at an ancestor (an ancestor that was a scalar becomes an object); setting an object writes
 * its leaves below the path and removes the old leaves there that the new value lacks.
 */
final class RecordingWriter implements StateWriter {
    /** One leaf touched by the current event: its value before the event and its latest value. */
    private static final class Touch {
        final String path;
        final JsonNode before;
        JsonNode after;

        Touch(String path, JsonNode before) {
            this.path = path;
            this.before = before;
        }
    }

    private static final int MAX_MISS_EXAMPLES = 20;

    private final TreeMap<String, JsonNode> leaves;
    private HashMap<String, Touch> touches = new HashMap<>();
    private final ArrayList<Touch> touched = new ArrayList<>();
    private final Set<String> missExamples = new LinkedHashSet<>();
    private long misses;

    RecordingWriter(TreeMap<String, JsonNode> leaves) {
        this.leaves = leaves;
    }

    TreeMap<String, JsonNode> leaves() {
        return leaves;
    }

    @Override
    public JsonNode get(String path) {
        return leaves.get(path);
    }

    @Override
    public void set(String path, JsonNode value) {
        if (value == null || value.isMissingNode()) {
            remove(path);
        } else if (value.isObject()) {
            setObject(path, value);
        } else {
            JsonNode v = Values.canonical(value);
            JsonNode old = leaves.replace(path, v);
            if (old != null) {
                note(path, old, v); // it was a leaf already: the tree shape cannot change
                return;
            }
            removeAncestorLeaves(path);
            removeBelow(path);
            put(path, v);
        }
    }

    private void setObject(String path, JsonNode object) {
        HashMap<String, JsonNode> fresh = new HashMap<>(object.size() * 2);
        flatten(path, object, fresh);
        removeAncestorLeaves(path);
        removeLeaf(path);
        Iterator<Map.Entry<String, JsonNode>> old = Paths.below(leaves, path).entrySet().iterator();
        while (old.hasNext()) {
            Map.Entry<String, JsonNode> e = old.next();
            if (!fresh.containsKey(e.getKey())) {
                note(e.getKey(), e.getValue(), null);
                old.remove();
            }
        }
        for (Map.Entry<String, JsonNode> e : fresh.entrySet()) put(e.getKey(), e.getValue());
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
        if (!path.isEmpty()) removeLeaf(path);
        removeBelow(path);
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
        if (touched.isEmpty()) return List.of();
        List<Change> changes = new ArrayList<>(touched.size());
        for (Touch t : touched) {
            if (!Objects.equals(t.before, t.after)) changes.add(new Change(t.path, t.before, t.after));
        }
        if (touched.size() > 1024) touches = new HashMap<>(); // clear() would keep a huge table
        else touches.clear();
        touched.clear();
        if (changes.size() > 1) changes.sort(Comparator.comparing(Change::path));
        return changes;
    }

    private void removeAncestorLeaves(String path) {
        for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
            String ancestor = path.substring(0, i);
            if (leaves.containsKey(ancestor)) removeLeaf(ancestor);
        }
    }

    private void removeBelow(String path) {
        SortedMap<String, JsonNode> below = Paths.below(leaves, path);
        if (below.isEmpty()) return;
        for (Iterator<Map.Entry<String, JsonNode>> it = below.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            note(e.getKey(), e.getValue(), null);
            it.remove();
        }
    }

    private void removeLeaf(String path) {
        JsonNode old = leaves.remove(path);
        if (old != null) note(path, old, null);
    }

    private void put(String path, JsonNode value) {
        note(path, leaves.put(path, value), value);
    }

    /** Records a write of path from old to now (null: absent); the first write keeps old. */
    private void note(String path, JsonNode old, JsonNode now) {
        Touch t = touches.get(path);
        if (t == null) {
            t = new Touch(path, old);
            touches.put(path, t);
            touched.add(t);
        }
        t.after = now;
    }
}
