package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;

/** One leaf's change by one event; before/after are null when the leaf is absent. */
public record Change(String path, JsonNode before, JsonNode after) {

    public Kind kind() {
        if (before == null) return Kind.ADDED;
        if (after == null) return Kind.REMOVED;
        return Kind.CHANGED;
    }

    public Change inverse() {
        return new Change(path, after, before);
    }

    public enum Kind { ADDED, CHANGED, REMOVED }
}
