package dev.chronoscope.replay;

import dev.chronoscope.event.Event;
import dev.chronoscope.query.Filter;
import java.util.List;

/** A rule's types, its compiled {@code when} filter (or null) and its operations in order. */
record CompiledRule(List<String> types, boolean anyType, Filter when, List<RuleOp> ops) {

    boolean appliesToType(String type) {
        return anyType || types.contains(type);
    }

    void apply(Event event, StateWriter state) {
        if (when != null && !when.test(event)) return;
        for (int i = 0, n = ops.size(); i < n; i++) ops.get(i).apply(event, state);
    }
}
