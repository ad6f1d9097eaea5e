package dev.chronoscope.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.replay.State;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** An in-memory state snapshot for {@link FakeLogSession}. */
final class FakeState implements State {
    private final long offset;
    private final TreeMap<String, JsonNode> leaves;

    FakeState(long offset, TreeMap<String, JsonNode> leaves) {
        this.offset = offset;
        this.leaves = new TreeMap<>(leaves);
    }

    @Override
    public long offset() {
        return offset;
    }

    @Override
    public SortedMap<String, JsonNode> leaves(String prefix) {
        if (prefix.isEmpty()) return Collections.unmodifiableSortedMap(leaves);
        TreeMap<String, JsonNode> out = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : leaves.entrySet()) {
            if (e.getKey().equals(prefix) || e.getKey().startsWith(prefix + "/")) out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    @Override
    public JsonNode get(String path) {
        return leaves.get(path);
    }

    @Override
    public ObjectNode toJson(String prefix) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : leaves(prefix).entrySet()) {
            String[] parts = e.getKey().split("/");
            ObjectNode at = root;
            for (int i = 0; i < parts.length - 1; i++) at = at.has(parts[i]) ? (ObjectNode) at.get(parts[i]) : at.putObject(parts[i]);
            at.set(parts[parts.length - 1], e.getValue());
        }
        return root;
    }

    @Override
    public int size() {
        return leaves.size();
    }
}
