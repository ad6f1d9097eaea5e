package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.Link;
import dev.chronoscope.event.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of an {@link OtlpSpan}: the span's own, whose record is the span normalised (fields in
 * this order: traceId, spanId, parentSpanId?, name, kind, kindName, startTimeUnixNano,
 * endTimeUnixNano?, attributes, events, links, status?, resource, scope), and the synthetic
 * {@code span.end} (record {@code {traceId, spanId, name, closes: spanId, status?}}). The record is
 * assembled from the span's values; only attributes, events and links are decoded from bytes.
 * Numbers come out as int nodes when they fit and long nodes otherwise, as JSON text read back
 * would give them. Immutable nodes that repeat (trace ids, names) are shared between events.
 */
final class OtlpSpanEvents {
    private static final int CACHE = 1 << 10;
    private static final TextNode[] KIND_NAMES = new TextNode[6];

    static {
        for (int k = 0; k < KIND_NAMES.length; k++) KIND_NAMES[k] = TextNode.valueOf(OtlpValues.kindName(k));
    }

    private final long[] traceHighs = new long[CACHE];
    private final long[] traceLows = new long[CACHE];
    private final TextNode[] traces = new TextNode[CACHE];
    private final String[] names = new String[CACHE];
    private final TextNode[] nameNodes = new TextNode[CACHE];
    private final JsonTreeCodec.Texts texts = new JsonTreeCodec.Texts();

    /** The span's own event. */
    Event event(OtlpSpan s) {
        TextNode trace = trace(s.traceHigh(), s.traceLow());
        String spanId = OtlpIds.hex(s.spanId());
        ObjectNode record = new ObjectNode(OtlpValues.NODES, new FieldMap<>(16));
        record.set("traceId", trace);
        record.set("spanId", TextNode.valueOf(spanId));
        String parent = null;
        if (s.parentSpanId() != 0) {
            parent = OtlpIds.hex(s.parentSpanId());
            record.set("parentSpanId", TextNode.valueOf(parent));
        }
        record.set("name", name(s.name()));
        record.set("kind", IntNode.valueOf(s.kind()));
        record.set("kindName", s.kind() >= 0 && s.kind() < KIND_NAMES.length ? KIND_NAMES[s.kind()] : TextNode.valueOf(OtlpValues.kindName(s.kind())));
        record.set("startTimeUnixNano", integral(s.start()));
        if (s.end() != OtlpSpan.NO_END) record.set("endTimeUnixNano", integral(s.end()));
        ArrayNode links;
        try {
            record.set("attributes", new JsonTreeCodec.Decoder(s.attributes(), texts).value());
            if (s.eventsAndLinks() == null) {
                record.set("events", OtlpValues.NODES.arrayNode());
                links = OtlpValues.NODES.arrayNode();
            } else {
                JsonTreeCodec.Decoder more = new JsonTreeCodec.Decoder(s.eventsAndLinks(), texts);
                record.set("events", more.value());
                links = (ArrayNode) more.value();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("re-reading a span this reader wrote itself", e);
        }
        record.set("links", links);
        if (s.hasStatus()) record.set("status", status(s));
        record.set("resource", s.resource());
        record.set("scope", s.scope());
        return new Event(Event.UNASSIGNED, s.start(), s.name(), s.lane(), severity(s), spanId, s.duration(),
                trace.textValue(), links(s, parent, links), null, record, null, s.line());
    }

    /** The synthetic {@code span.end} at the span's end time, given the span's own event. */
    Event endEvent(OtlpSpan s, Event started) {
        ObjectNode record = new ObjectNode(OtlpValues.NODES, new FieldMap<>(6));
        JsonNode spanId = started.record().get("spanId");
        record.set("traceId", started.record().get("traceId"));
        record.set("spanId", spanId);
        record.set("name", started.record().get("name"));
        record.set("closes", spanId);
        if (s.hasStatus()) record.set("status", status(s));
        return new Event(Event.UNASSIGNED, s.start() + s.duration(), "span.end", s.lane(), severity(s), null,
                Event.NO_DURATION, started.chain(), List.of(), null, record, null, s.line());
    }

    private static List<Link> links(OtlpSpan s, String parent, ArrayNode linked) {
        boolean parentLink = parent != null && !s.isOwnParent();
        if (linked.isEmpty()) return parentLink ? List.of(new Link("parent", parent)) : List.of();
        List<Link> links = new ArrayList<>(linked.size() + 1);
        if (parentLink) links.add(new Link("parent", parent));
        for (JsonNode l : linked) links.add(new Link("link", l.get("spanId").textValue()));
        return links;
    }

    private static ObjectNode status(OtlpSpan s) {
        ObjectNode status = OtlpValues.NODES.objectNode();
        status.put("code", s.statusCode());
        if (!s.statusMessage().isEmpty()) status.put("message", s.statusMessage());
        return status;
    }

    /** ERROR for an error status, INFO for an explicit OK; an unset status gives no severity. */
    private static Severity severity(OtlpSpan s) {
        if (s.isError()) return Severity.ERROR;
        return s.statusCode() == 1 ? Severity.INFO : null;
    }

    private static JsonNode integral(long v) {
        return (int) v == v ? IntNode.valueOf((int) v) : LongNode.valueOf(v);
    }

    private TextNode trace(long high, long low) {
        long mixed = (high ^ low) * 0x9E3779B97F4A7C15L;
        int slot = (int) (mixed >>> 54) & (CACHE - 1);
        TextNode known = traces[slot];
        if (known != null && traceHighs[slot] == high && traceLows[slot] == low) return known;
        TextNode node = TextNode.valueOf(OtlpIds.hex(high, low));
        traces[slot] = node;
        traceHighs[slot] = high;
        traceLows[slot] = low;
        return node;
    }

    /** Names are shared Strings (see {@link OtlpSpanParser}), so their nodes are found by identity. */
    private TextNode name(String name) {
        int slot = name.hashCode() & (CACHE - 1);
        if (names[slot] == name) return nameNodes[slot];
        TextNode node = TextNode.valueOf(name);
        names[slot] = name;
        nameNodes[slot] = node;
        return node;
    }
}
