package dev.chronoscope.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.replay.Change;

/**
 * One row of the state tree: a branch (value null) or a leaf, with how the cursor's event changed
 * it (kind null when it did not). A removed leaf is still listed, showing what it was.
 */
record StateNode(String name, String path, boolean leaf, JsonNode value, Change.Kind kind, JsonNode before) {

    String valueText() {
        return leaf ? text(value) : "";
    }

    /** What the cursor's event did to this leaf: "added", "was 41", "removed (was x)", or "". */
    String changeText() {
        if (kind == null) return "";
        return switch (kind) {
            case ADDED -> "added";
            case CHANGED -> "was " + text(before);
            case REMOVED -> "removed (was " + text(before) + ")";
        };
    }

    static String text(JsonNode v) {
        if (v == null) return "";
        return v.isTextual() ? v.asText() : v.toString();
    }
}
