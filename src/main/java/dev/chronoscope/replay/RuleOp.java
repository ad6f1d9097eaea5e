package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.chronoscope.event.Event;

/**
 * One compiled operation of a rule on one path. Everything that can be decided from the profile
 * alone (path split, value kind, the texts of miss reasons) is decided here, once; applying it to
 * an event only resolves references and writes.
 */
final class RuleOp {
    enum Kind { SET, ADD, SUB, APPEND, PULL, REMOVE }

    private final Kind kind;
    private final PathTemplate path;
    private final ValueRef value;
    private final String pathMiss;
    private final String valueMiss;
    private final String typeMiss;
    private final String objectMiss;

    RuleOp(Kind kind, PathTemplate path, ValueRef value, String where) {
        this.kind = kind;
        this.path = path;
        this.value = value;
        String op = kind.name().toLowerCase();
        this.pathMiss = where + ": " + op + " '" + path.text() + "': the event has no value for the path";
        this.valueMiss = value == null ? null
                : where + ": " + op + " '" + path.text() + "': the event has no value for " + value.text;
        this.typeMiss = where + ": " + op + " '" + path.text() + "': "
                + (kind == Kind.ADD || kind == Kind.SUB ? "the value or the current leaf is not a number,"
                                                           + " or the result is beyond a double's range"
                                                         : "the current leaf is not an array");
        this.objectMiss = where + ": " + op + " '" + path.text() + "': the path holds an object (leaves below it)";
    }

    void apply(Event event, StateWriter state) {
        String p = path.resolve(event);
        if (p == null) {
            state.ruleMiss(pathMiss);
            return;
        }
        if (kind == Kind.REMOVE) {
            state.remove(p);
            return;
        }
        JsonNode v = value.resolve(event);
        if (v == null || v.isMissingNode()) {
            state.ruleMiss(valueMiss);
            return;
        }
        switch (kind) {
            case SET -> state.set(p, v);
            case ADD, SUB -> {
                JsonNode current = state.get(p);
                if (current == null && isObject(state, p)) return;
                JsonNode sum = Values.add(current, v, kind == Kind.SUB);
                if (sum == null) state.ruleMiss(typeMiss);
                else state.set(p, sum);
            }
            case APPEND -> append(state, p, Values.canonical(v));
            case PULL -> pull(state, p, Values.canonical(v));
            default -> throw new IllegalStateException(kind.name());
        }
    }

    /**
     * add, sub and append work on one value: on an object they would replace its whole subtree,
     * so that is a miss. Asked only when no leaf is there (a leaf has nothing below it), which
     * spares the fold a second lookup for the common case, a leaf that exists.
     */
    private boolean isObject(StateWriter state, String p) {
        if (!state.hasLeavesBelow(p)) return false;
        state.ruleMiss(objectMiss);
        return true;
    }

    /** Arrays in the state are never mutated in place: changes keep references to old values. */
    private void append(StateWriter state, String p, JsonNode v) {
        JsonNode current = state.get(p);
        if (current == null && isObject(state, p)) return;
        if (current != null && !current.isArray()) {
            state.ruleMiss(typeMiss);
            return;
        }
        ArrayNode next = JsonNodeFactory.instance.arrayNode(current == null ? 1 : current.size() + 1);
        if (current != null) next.addAll((ArrayNode) current);
        next.add(v);
        state.set(p, next);
    }

    private void pull(StateWriter state, String p, JsonNode v) {
        JsonNode current = state.get(p);
        if (current == null) return;
        if (!current.isArray()) {
            state.ruleMiss(typeMiss);
            return;
        }
        ArrayNode next = JsonNodeFactory.instance.arrayNode(current.size());
        for (JsonNode e : current) if (!e.equals(v)) next.add(e);
        if (next.size() != current.size()) state.set(p, next);
    }
}
