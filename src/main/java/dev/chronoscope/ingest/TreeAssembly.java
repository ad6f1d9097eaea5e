package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;

/**
 * Puts a JSON tree together from its values in reading order, the way {@link Jsons#TREE_READER}
 * would have: key order as written, a repeated key keeping its first place and its last value.
 * Members of open containers are gathered in reusable arrays and each map or list is made once,
 * at its final size, when its container closes: a record's one-key wrapper gets a two-slot table,
 * not sixteen. Not thread-safe; keep one per reader.
 */
final class TreeAssembly {
    static final JsonNodeFactory NODES = Jsons.TREE_READER.getConfig().getNodeFactory();

    // Members of the open containers, innermost last; names are null for array items.
    private String[] names = new String[64];
    private JsonNode[] values = new JsonNode[64];
    private int top;
    private int used; // the most members held at once since begin(), all cleared by end()
    // Open containers, innermost last: where their members start, and the name each gets in its parent.
    private int[] bases = new int[16];
    private boolean[] objects = new boolean[16];
    private String[] namesInParent = new String[16];
    private int depth;

    void begin() {
        top = 0;
        used = 0;
        depth = 0;
    }

    /** Lets go of every node gathered since {@link #begin}, whether the tree was finished or not. */
    void end() {
        Arrays.fill(values, 0, used, null);
        Arrays.fill(namesInParent, 0, depth, null);
        depth = 0;
    }

    int depth() {
        return depth;
    }

    boolean inObject() {
        return objects[depth - 1];
    }

    /** Starts a container; {@code nameInParent} is its key when its parent is an object. */
    void open(boolean object, String nameInParent) {
        if (depth == bases.length) {
            bases = Arrays.copyOf(bases, depth * 2);
            objects = Arrays.copyOf(objects, depth * 2);
            namesInParent = Arrays.copyOf(namesInParent, depth * 2);
        }
        bases[depth] = top;
        objects[depth] = object;
        namesInParent[depth] = nameInParent;
        depth++;
    }

    /** Adds a member to the innermost container ({@code name} is null in an array). */
    void add(String name, JsonNode value) {
        if (top == values.length) {
            names = Arrays.copyOf(names, top * 2);
            values = Arrays.copyOf(values, top * 2);
        }
        names[top] = name;
        values[top] = value;
        if (++top > used) used = top;
    }

    /**
     * Makes the innermost container from its members and adds it to its parent; returns it when it
     * was the outermost, else null.
     */
    JsonNode close() {
        depth--;
        int base = bases[depth];
        int count = top - base;
        JsonNode node;
        if (objects[depth]) {
            LinkedHashMap<String, JsonNode> members = new LinkedHashMap<>(capacityFor(count));
            for (int i = base; i < top; i++) members.put(names[i], values[i]);
            node = new ObjectNode(NODES, members);
        } else {
            ArrayList<JsonNode> items = new ArrayList<>(count);
            for (int i = base; i < top; i++) items.add(values[i]);
            node = new ArrayNode(NODES, items);
        }
        top = base;
        if (depth == 0) return node;
        add(namesInParent[depth], node);
        namesInParent[depth] = null;
        return null;
    }

    /** The smallest initial capacity at which a hash map holds {@code entries} without resizing. */
    private static int capacityFor(int entries) {
        return (entries * 4 + 2) / 3;
    }
}
