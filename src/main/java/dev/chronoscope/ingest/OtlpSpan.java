package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.Link;
import dev.chronoscope.event.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A span held between reading and sorting, kept small because OTLP logs must be read whole: the
 * envelope fields as values, the normalised record as compact bytes ({@link JsonTreeCodec}) (parsed again only when
 * the span is emitted), and the resource attributes and scope shared with the other spans of the
 * same resource.
 */
record OtlpSpan(long start, long duration, String traceId, String spanId, String parentSpanId, String name,
                String lane, Severity severity, List<Link> links, long line, JsonNode status,
                ObjectNode resource, ObjectNode scope, byte[] body) {

    long end() {
        return start + duration;
    }

    boolean hasDuration() {
        return duration != Event.NO_DURATION;
    }

    OtlpSpan withLinks(List<Link> newLinks) {
        return new OtlpSpan(start, duration, traceId, spanId, parentSpanId, name, lane, severity, newLinks, line,
                status, resource, scope, body);
    }

    /** The span's event: its record rebuilt from the bytes, with resource and scope put back. */
    Event toEvent() {
        ObjectNode record;
        try {
            record = (ObjectNode) JsonTreeCodec.decode(body);
        } catch (IOException e) {
            throw new UncheckedIOException("re-reading a span this reader wrote itself", e);
        }
        record.set("resource", resource);
        record.set("scope", scope);
        return new Event(Event.UNASSIGNED, start, name, lane, severity, spanId, duration, traceId, links, null,
                record, null, line);
    }

    /** The synthetic {@code span.end} event at the span's end time. */
    Event endEvent() {
        ObjectNode record = OtlpValues.NODES.objectNode();
        record.put("traceId", traceId);
        record.put("spanId", spanId);
        record.put("name", name);
        record.put("closes", spanId);
        if (status != null) record.set("status", status);
        return new Event(Event.UNASSIGNED, end(), "span.end", lane, severity, null, Event.NO_DURATION, traceId,
                List.of(), null, record, null, line);
    }
}
