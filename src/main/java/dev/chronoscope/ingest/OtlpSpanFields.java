package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of one span that {@link OtlpSpanParser} reads, each as the JSON value the span holds
 * there (null when absent); other fields are never looked at. The tree path takes them from the
 * span's tree; the stream path ({@link OtlpTokens#span}) sets them from tokens, so it builds no
 * tree for the span itself (that tree was a tenth of the reader's time).
 */
final class OtlpSpanFields {
    JsonNode traceId;
    JsonNode spanId;
    JsonNode parentSpanId;
    JsonNode startTimeUnixNano;
    JsonNode endTimeUnixNano;
    JsonNode kind;
    JsonNode status;
    JsonNode name;
    JsonNode attributes;
    JsonNode events;
    JsonNode links;

    static OtlpSpanFields of(JsonNode span) {
        OtlpSpanFields f = new OtlpSpanFields();
        f.traceId = span.get("traceId");
        f.spanId = span.get("spanId");
        f.parentSpanId = span.get("parentSpanId");
        f.startTimeUnixNano = span.get("startTimeUnixNano");
        f.endTimeUnixNano = span.get("endTimeUnixNano");
        f.kind = span.get("kind");
        f.status = span.get("status");
        f.name = span.get("name");
        f.attributes = span.get("attributes");
        f.events = span.get("events");
        f.links = span.get("links");
        return f;
    }
}
