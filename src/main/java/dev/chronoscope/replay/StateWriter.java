package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The only way a projection touches state. Paths are slash-separated ({@code processes/42/state});
 * leaves are JSON scalars or arrays. Setting an object writes its leaves under the path (and
 * removes leaves of the old value that the new one lacks); removing a path removes its subtree.
 */
public interface StateWriter {

    /** The leaf at path, or null when absent. */
    JsonNode get(String path);

    void set(String path, JsonNode value);

    void remove(String path);

    /**
     * True when leaves lie below path (it is an inner path, an object). Writers that cannot tell
     * say false, as before this method existed.
     */
    default boolean hasLeavesBelow(String path) {
        return false;
    }

    /** A rule that could not apply to this event (missing field for a path); counted, not fatal. */
    void ruleMiss(String reason);
}
