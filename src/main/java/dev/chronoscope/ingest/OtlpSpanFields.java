package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of one span that {@link OtlpSpanParser} reads, on their way to an {@link OtlpSpan}.
 * The stream path ({@link OtlpTokens#span}) sets the usual values directly (hex ids as numbers,
 * times and kind as numbers, the name, the attribute list already as bytes), so it builds no
 * tree and no id strings for them. A value of another type or shape (base64 ids, a kind by name,
 * a status, events, links, anything wrong) is kept as the JSON value it is, and the parser turns
 * it into a value with {@link OtlpValues}' checks and messages; the tree path sets only those.
 * A node wins over a direct value, and setting a direct value drops the node, so a repeated field
 * counts with its last value as in a tree.
 */
final class OtlpSpanFields {
    long traceHigh;
    long traceLow;
    long spanId;
    long parentSpanId;
    long start = Long.MIN_VALUE;
    long end = Long.MIN_VALUE;
    int kind;
    String name = "";
    byte[] attributes;

    JsonNode traceIdNode;
    JsonNode spanIdNode;
    JsonNode parentSpanIdNode;
    JsonNode startNode;
    JsonNode endNode;
    JsonNode kindNode;
    JsonNode nameNode;
    JsonNode statusNode;
    JsonNode attributesNode;
    JsonNode eventsNode;
    JsonNode linksNode;

    static OtlpSpanFields of(JsonNode span) {
        OtlpSpanFields f = new OtlpSpanFields();
        f.traceIdNode = span.get("traceId");
        f.spanIdNode = span.get("spanId");
        f.parentSpanIdNode = span.get("parentSpanId");
        f.startNode = span.get("startTimeUnixNano");
        f.endNode = span.get("endTimeUnixNano");
        f.kindNode = span.get("kind");
        f.statusNode = span.get("status");
        f.nameNode = span.get("name");
        f.attributesNode = span.get("attributes");
        f.eventsNode = span.get("events");
        f.linksNode = span.get("links");
        return f;
    }

    void traceId(long high, long low) {
        traceHigh = high;
        traceLow = low;
        traceIdNode = null;
    }

    void spanId(long id) {
        spanId = id;
        spanIdNode = null;
    }

    void parentSpanId(long id) {
        parentSpanId = id;
        parentSpanIdNode = null;
    }

    void start(long nanos) {
        start = nanos;
        startNode = null;
    }

    void end(long nanos) {
        end = nanos;
        endNode = null;
    }

    void kind(int value) {
        kind = value;
        kindNode = null;
    }

    void name(String value) {
        name = value;
        nameNode = null;
    }

    void attributes(byte[] encoded) {
        attributes = encoded;
        attributesNode = null;
    }

    /** The shown id of a span that cannot be read, for its error message. */
    String describeSpanId() {
        if (spanIdNode != null) return spanIdNode.isTextual() ? spanIdNode.textValue() : null;
        return spanId != 0 ? OtlpIds.hex(spanId) : null;
    }
}
