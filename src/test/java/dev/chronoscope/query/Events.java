package dev.chronoscope.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.Severity;

/** Builds events for filter tests from a JSON record and a few envelope values. */
final class Events {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {}

    static Event of(String type, String recordJson) {
        return of(type, "lane-1", Severity.INFO, recordJson);
    }

    static Event of(String type, String lane, Severity severity, String recordJson) {
        return new Event(7, 1_000_000_000L, type, lane, severity, null, Event.NO_DURATION, null, null, null,
                record(recordJson), null, 1);
    }

    static Event tagged(String recordJson) {
        ObjectNode record = record(recordJson);
        String tag = record.fieldNames().next();
        return new Event(0, Event.NO_TIME, tag, "", Severity.INFO, null, Event.NO_DURATION, null, null, null,
                record, (ObjectNode) record.get(tag), 1);
    }

    static Event full(long offset, long time, long duration, String id, String chain) {
        return new Event(offset, time, "T", "L", Severity.INFO, id, duration, chain, null, null, record("{}"), null, 1);
    }

    static ObjectNode record(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
