package dev.chronoscope.profile;

import java.util.List;

/**
 * The field names a reader guesses from when a profile maps nothing for an envelope field
 * (formats/profiles.md). Order matters: the first name present in a record wins.
 */
public final class CommonNames {
    public static final List<String> TYPE = List.of("type", "event_type", "eventType", "event", "kind", "name");
    public static final List<String> TIME = List.of("ts", "timestamp", "time", "@timestamp", "timestamp_ns", "time_unix_nano");
    public static final List<String> ID = List.of("id", "event_id", "eventId", "uuid");
    public static final List<String> LANE = List.of("lane", "source", "subsystem", "host", "component", "pid", "category");
    public static final List<String> SEVERITY = List.of("severity", "level");
    public static final List<String> DURATION = List.of("duration", "duration_ns", "duration_us", "duration_ms", "dur", "latency_ns");
    public static final List<String> LINKS = List.of("parent_id", "parentId", "caused_by", "causedBy", "parent_span_id", "in_reply_to");
    public static final List<String> CHAIN = List.of("causality_id", "correlation_id", "trace_id");
    public static final List<String> VECTOR_CLOCK = List.of("vc", "vector_clock", "clock");

    /** The object under which an externally tagged record may sit one level down. */
    public static final String PAYLOAD = "payload";

    private CommonNames() {}
}
