package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;

/**
 * A span held between reading and sorting, kept small because OTLP logs must be read whole: ids
 * as numbers ({@link OtlpIds}), times, kind and status as values, the name and lane shared with
 * other spans, the attribute object as {@link JsonTreeCodec} bytes, events and links as two more
 * such values (null when both are empty, as they usually are), and the resource attributes and
 * scope shared with the other spans of the same resource. {@link OtlpSpanEvents} makes its events.
 *
 * @param end {@code endTimeUnixNano} as written, {@link Long#MIN_VALUE} when absent
 * @param parentSpanId 0 for a root span
 * @param statusMessage never null; "" when absent
 */
record OtlpSpan(long start, long end, long traceHigh, long traceLow, long spanId, long parentSpanId,
                String name, String lane, int kind, int statusCode, String statusMessage, long line,
                ObjectNode resource, ObjectNode scope, byte[] attributes, byte[] eventsAndLinks) {

    static final long NO_END = Long.MIN_VALUE;

    long duration() {
        return end != NO_END && end >= start ? end - start : Event.NO_DURATION;
    }

    boolean hasDuration() {
        return duration() != Event.NO_DURATION;
    }

    boolean isError() {
        return statusCode == 2;
    }

    /** OTLP leaves the default status out, and so does the record. */
    boolean hasStatus() {
        return statusCode != 0 || !statusMessage.isEmpty();
    }

    /** A span naming itself as its parent: the record keeps the field, the parent link is dropped. */
    boolean isOwnParent() {
        return parentSpanId != 0 && parentSpanId == spanId;
    }

    /** A rough count of the bytes this span holds on its own, for the sort's memory budget. */
    long footprint() {
        return 128 + attributes.length + (eventsAndLinks == null ? 0 : 16 + eventsAndLinks.length) + 2L * statusMessage.length();
    }
}
