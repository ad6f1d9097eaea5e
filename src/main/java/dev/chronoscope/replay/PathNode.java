package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One state path of a fold, linked to its parent (the path before its last '/'): what
 * {@link RecordingWriter} knows of it (the leaf's value, leaves below, the value before the
 * current event) and the offsets {@link PathIndexer} has yet to hand to the postings. An entry of
 * path → value, so the sorted leaves can be written as a checkpoint as they are.
 */
final class PathNode implements Map.Entry<String, JsonNode> {
    final String path;
    final PathNode parent;

    /** The leaf's value; null when path is no leaf (an inner path, or one that held nothing yet). */
    JsonNode value;
    /** Leaves whose paths start with path + '/'. */
    int leavesBelow;
    /** The fold's event count when the node was first written in an event, and its value then. */
    long touchedIn = -1;
    JsonNode before;

    /**
     * The last offset indexed here, and the offsets waiting for the postings writer as varints:
     * the first one whole, then each one's distance from the one before.
     */
    long lastIndexed = -1;
    byte[] postings;
    int postingsLength;

    PathNode(String path, PathNode parent) {
        this.path = path;
        this.parent = parent;
    }

    @Override
    public String getKey() {
        return path;
    }

    @Override
    public JsonNode getValue() {
        return value;
    }

    @Override
    public JsonNode setValue(JsonNode v) {
        throw new UnsupportedOperationException("leaves change through the writer");
    }
}
