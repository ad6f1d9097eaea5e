package dev.chronoscope.event;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A vector clock as logged: host name to counter. Immutable. */
public record VectorClock(Map<String, Long> entries) {
    public VectorClock {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public long get(String host) {
        Long v = entries.get(host);
        return v == null ? 0L : v;
    }

    /** True when this clock is ≤ other in every entry and the two differ (happens-before). */
    public boolean happensBefore(VectorClock other) {
        boolean strictlyLess = false;
        for (Map.Entry<String, Long> e : entries.entrySet()) {
            long mine = e.getValue();
            long theirs = other.get(e.getKey());
            if (mine > theirs) return false;
            if (mine < theirs) strictlyLess = true;
        }
        if (!strictlyLess) {
            for (Map.Entry<String, Long> e : other.entries.entrySet()) {
                if (e.getValue() > get(e.getKey())) return true;
            }
        }
        return strictlyLess;
    }
}
