package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** An immutable {@link State}: a private leaf map that nothing else holds. */
final class TreeState implements State {
    private final long offset;
    private final TreeMap<String, JsonNode> leaves;

    /** Takes ownership of leaves: the caller must not touch the map afterwards. */
    TreeState(long offset, TreeMap<String, JsonNode> leaves) {
        this.offset = offset;
        this.leaves = leaves;
    }

    @Override
    public long offset() {
        return offset;
    }

    @Override
    public SortedMap<String, JsonNode> leaves(String prefix) {
        return Collections.unmodifiableSortedMap(Paths.subtree(leaves, Paths.normalize(prefix)));
    }

    @Override
    public JsonNode get(String path) {
        return leaves.get(Paths.normalize(path));
    }

    @Override
    public ObjectNode toJson(String prefix) {
        return nest(Paths.subtree(leaves, Paths.normalize(prefix)));
    }

    /** Leaves as nested objects from the root: {@code a/b/c = 1} becomes {"a":{"b":{"c":1}}}. */
    static ObjectNode nest(SortedMap<String, JsonNode> leaves) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : leaves.entrySet()) {
            String path = e.getKey();
            ObjectNode node = root;
            int from = 0;
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', from)) {
                String key = path.substring(from, slash);
                JsonNode next = node.get(key);
                if (!(next instanceof ObjectNode)) {
                    next = JsonNodeFactory.instance.objectNode();
                    node.set(key, next);
                }
                node = (ObjectNode) next;
                from = slash + 1;
            }
            node.set(path.substring(from), e.getValue());
        }
        return root;
    }

    @Override
    public int size() {
        return leaves.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TreeState other && other.offset == offset && other.leaves.equals(leaves);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(offset) * 31 + leaves.hashCode();
    }

    @Override
    public String toString() {
        return "State@" + offset + " " + leaves;
    }
}
