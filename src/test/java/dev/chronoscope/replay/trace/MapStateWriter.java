package dev.chronoscope.replay.trace;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.replay.StateWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The state tree as a flat sorted map of leaves, enough to test what a projection writes. */
final class MapStateWriter implements StateWriter {

    final TreeMap<String, JsonNode> leaves = new TreeMap<>();
    final List<String> misses = new ArrayList<>();

    @Override
    public JsonNode get(String path) {
        return leaves.get(path);
    }

    @Override
    public void set(String path, JsonNode value) {
        leaves.put(path, value);
    }

    @Override
    public void remove(String path) {
        leaves.subMap(path + "/", path + "/\uffff").clear();
        leaves.remove(path);
    }

    @Override
    public void ruleMiss(String reason) {
        misses.add(reason);
    }

    /** Leaves under prefix as path → JSON text, for compact assertions. */
    Map<String, String> under(String prefix) {
        Map<String, String> out = new TreeMap<>();
        leaves.forEach((k, v) -> {
            if (k.startsWith(prefix)) out.put(k, v.toString());
        });
        return out;
    }
}
