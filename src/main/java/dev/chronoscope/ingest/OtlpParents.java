package dev.chronoscope.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the parent relation of a whole OTLP log for the two kinds of bad input that would make a
 * naive walk up the parents loop forever: a span that is its own parent, and a cycle of parents.
 * Each cycle is found once, in time linear in the number of spans (every span is walked once).
 */
final class OtlpParents {

    private final Map<String, String> parentOf = new LinkedHashMap<>();

    /** Adds a span; both ids are qualified by the trace, since span ids are unique per trace. */
    void add(String traceId, String spanId, String parentSpanId) {
        if (parentSpanId != null) parentOf.put(traceId + ":" + spanId, traceId + ":" + parentSpanId);
    }

    /** Each parent cycle as its span ids ("trace:span"), in parent order. Self-parents are not cycles here. */
    List<List<String>> cycles() {
        Map<String, Integer> state = new HashMap<>(); // 1 on the current walk, 2 finished
        List<List<String>> cycles = new ArrayList<>();
        for (String start : parentOf.keySet()) {
            if (state.containsKey(start)) continue;
            List<String> walk = new ArrayList<>();
            String at = start;
            while (at != null && !state.containsKey(at)) {
                state.put(at, 1);
                walk.add(at);
                String parent = parentOf.get(at);
                at = parent == null || parent.equals(at) ? null : parent;
            }
            if (at != null && state.get(at) == 1) cycles.add(List.copyOf(walk.subList(walk.indexOf(at), walk.size())));
            for (String s : walk) state.put(s, 2);
        }
        return cycles;
    }
}
