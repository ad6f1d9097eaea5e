package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SortedMap;

/** A read-only snapshot of the state tree after some offset. */
public interface State {

    /** The offset this is the state after (-1: before the first event, the empty state). */
    long offset();

    /** Leaves (path → value) at or under prefix ("" for all), sorted by path. */
    SortedMap<String, JsonNode> leaves(String prefix);

    /** The leaf at path or null. */
    JsonNode get(String path);

    /** Leaves at or under prefix as a nested object (what {@code state --json} prints). */
    ObjectNode toJson(String prefix);

    int size();
}
