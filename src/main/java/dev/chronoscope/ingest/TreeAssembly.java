package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * Puts a JSON tree together from its values in reading order, the way {@link Jsons#TREE_READER}
 * would have: key order as written, a repeated key keeping its first place and its last value.
 *
 * <p>Each container goes into its parent when it opens and members go straight into their
 * container (gathering them in long-lived scratch arrays first would cost a garbage-collector
 * barrier per stored member). Maps and lists are sized like the last container closed at the same
 * depth, since successive records tend to have the same shape: a record's one-key wrapper then
 * gets one slot instead of twelve. Objects are {@link FieldMap}s. Not thread-safe; keep one per reader.
 */
final class TreeAssembly {
    static final JsonNodeFactory NODES = Jsons.TREE_READER.getConfig().getNodeFactory();
    private static final int DEFAULT_SIZE = 12;

    private JsonNode[] open = new JsonNode[16]; // the open containers, innermost last
    private int[] lastSizes = new int[16];     // members of the last container closed at each depth
    private int depth;
    private int deepest;                       // open containers reached since begin(), all cleared by end()

    TreeAssembly() {
        Arrays.fill(lastSizes, DEFAULT_SIZE);
    }

    void begin() {
        depth = 0;
        deepest = 0;
    }

    /** Lets go of the containers held since {@link #begin}, whether the tree was finished or not. */
    void end() {
        Arrays.fill(open, 0, deepest, null);
        depth = 0;
    }

    int depth() {
        return depth;
    }

    boolean inObject() {
        return open[depth - 1] instanceof ObjectNode;
    }

    /** Starts a container as a member of the innermost one ({@code name} is null in an array, or for the root). */
    void open(boolean object, String name) {
        int expected = depth < lastSizes.length && lastSizes[depth] > 0 ? lastSizes[depth] : DEFAULT_SIZE;
        JsonNode container = object
                ? new ObjectNode(NODES, new FieldMap<>(expected))
                : new ArrayNode(NODES, new ArrayList<>(expected));
        if (depth > 0) add(name, container);
        if (depth == open.length) open = Arrays.copyOf(open, depth * 2);
        open[depth++] = container;
        if (depth > deepest) deepest = depth;
    }

    /** Adds a member to the innermost container ({@code name} is null in an array). */
    void add(String name, JsonNode value) {
        JsonNode container = open[depth - 1];
        if (container instanceof ObjectNode object) {
            object.replace(name, value);
        } else {
            ((ArrayNode) container).add(value);
        }
    }

    /** Ends the innermost container; returns it when it was the outermost, else null. */
    JsonNode close() {
        JsonNode container = open[--depth];
        if (depth < lastSizes.length) lastSizes[depth] = container.size();
        return depth == 0 ? container : null;
    }
}
