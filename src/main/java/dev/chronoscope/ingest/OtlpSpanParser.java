package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.Link;
import dev.chronoscope.event.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One OTLP JSON document ({@code TracesData}, or a bare {@code ResourceSpans}) → one
 * {@link OtlpSpan} (later one event) per span. The event's record is the span normalised: hex ids, numeric times and kind (plus
 * {@code kindName}), attributes flattened into an object, span events and links kept with
 * flattened attributes, {@code status} as {code, message}, and the resource's flattened
 * attributes and the scope shared by every span of them. Envelope: type = span name, lane =
 * {@code service.name}, id = spanId, chain = traceId, severity ERROR for an error status,
 * links {@code parent} (parentSpanId) and {@code link} (each linked span).
 *
 * <p>A span with a field of the wrong type is reported (file, line of its document, its place in
 * the document) and skipped; so is a list that is not a list, with what it held. The rest of the
 * document is kept. Documents of the usual shape do not come here as trees: {@link OtlpSpanStream}
 * reads them token by token and hands each span over through {@link #streamed}.
 */
final class OtlpSpanParser {

    static final String UNKNOWN_SERVICE = "unknown_service";

    private final ReadContext context;
    private final Consumer<OtlpSpan> out;
    private final String[] sharedIds = new String[4096];
    private final JsonTreeCodec codec = new JsonTreeCodec();
    private String file;
    private long line;
    private long spans;

    OtlpSpanParser(ReadContext context, Consumer<OtlpSpan> out) {
        this.context = context;
        this.out = out;
    }

    /** Span elements seen so far, readable or not. */
    long spans() {
        return spans;
    }

    void document(JsonNode root, String file, long line) {
        this.file = file;
        this.line = line;
        JsonNode resourceSpans = root.get("resourceSpans");
        if (resourceSpans != null) {
            if (!resourceSpans.isArray()) {
                problem("resourceSpans: expected an array, found " + OtlpValues.describe(resourceSpans));
                return;
            }
            for (int i = 0; i < resourceSpans.size(); i++) resource(resourceSpans.get(i), "resourceSpans[" + i + "]");
        } else if (root.has("scopeSpans") || root.has("instrumentationLibrarySpans") || root.has("resource")) {
            resource(root, "");
        } else {
            problem("expected an OTLP traces object with \"resourceSpans\" (or a ResourceSpans with \"scopeSpans\")");
        }
    }

    /** The lane of a resource's spans. */
    static String service(ObjectNode resourceAttributes) {
        JsonNode serviceNode = resourceAttributes.get("service.name");
        return serviceNode == null || serviceNode.isNull() ? UNKNOWN_SERVICE : serviceNode.asText();
    }

    /** The document that the following {@link #streamed} spans come from. */
    void begin(String file, long line) {
        this.file = file;
        this.line = line;
    }

    /** A span read by {@link OtlpSpanStream}, with its place in the document. */
    void streamed(OtlpSpanFields span, String where, String service, ObjectNode resource, ObjectNode scope) {
        spans++;
        span(span, where, service, resource, scope);
    }

    private void resource(JsonNode rs, String where) {
        if (!rs.isObject()) {
            problem(where + ": expected a ResourceSpans object, found " + OtlpValues.describe(rs));
            return;
        }
        ObjectNode resource;
        try {
            resource = OtlpValues.attributes(rs.path("resource").get("attributes"), prefix(where) + "resource.attributes");
        } catch (OtlpValues.Bad e) {
            problem(e.getMessage());
            return;
        }
        String service = service(resource);
        String scopesKey = rs.has("scopeSpans") ? "scopeSpans" : "instrumentationLibrarySpans";
        JsonNode scopes = rs.get(scopesKey);
        if (scopes == null || scopes.isNull()) return;
        if (!scopes.isArray()) {
            problem(prefix(where) + scopesKey + ": expected an array, found " + OtlpValues.describe(scopes));
            return;
        }
        for (int j = 0; j < scopes.size(); j++) {
            String at = prefix(where) + scopesKey + "[" + j + "]";
            JsonNode scope = scopes.get(j);
            JsonNode list = scope.get("spans");
            if (list == null || list.isNull()) continue;
            if (!list.isArray()) {
                problem(at + ".spans: expected an array, found " + OtlpValues.describe(list));
                continue;
            }
            ObjectNode scopeInfo = OtlpValues.NODES.objectNode();
            JsonNode s = scope.has("scope") ? scope.get("scope") : scope.path("instrumentationLibrary");
            if (s.has("name")) scopeInfo.set("name", s.get("name"));
            if (s.has("version")) scopeInfo.set("version", s.get("version"));
            for (int k = 0; k < list.size(); k++) {
                spans++;
                span(list.get(k), at + ".spans[" + k + "]", service, resource, scopeInfo);
            }
        }
    }

    private void span(JsonNode span, String where, String service, ObjectNode resource, ObjectNode scope) {
        if (!span.isObject()) {
            problem(where + ": expected a span object, found " + OtlpValues.describe(span));
            return;
        }
        span(OtlpSpanFields.of(span), where, service, resource, scope);
    }

    private void span(OtlpSpanFields span, String where, String service, ObjectNode resource, ObjectNode scope) {
        try {
            String traceId = shared(OtlpValues.id(span.traceId, 16, "traceId"));
            String spanId = OtlpValues.id(span.spanId, 8, "spanId");
            String parent = OtlpValues.optionalId(span.parentSpanId, 8, "parentSpanId");
            long start = OtlpValues.int64(span.startTimeUnixNano, "startTimeUnixNano", Long.MIN_VALUE);
            if (start == Long.MIN_VALUE) throw new OtlpValues.Bad("missing startTimeUnixNano");
            long end = OtlpValues.int64(span.endTimeUnixNano, "endTimeUnixNano", Long.MIN_VALUE);
            int kind = OtlpValues.kind(span.kind);
            JsonNode status = span.status;
            int code = status == null || !status.isObject() ? 0 : OtlpValues.statusCode(status.get("code"));
            String name = shared(span.name == null ? "" : span.name.asText(""));

            // The record goes straight to its bytes (as codec.encode of the record tree would
            // write them), in this field order: traceId, spanId, parentSpanId?, name, kind,
            // kindName, startTimeUnixNano, endTimeUnixNano?, attributes, events, links, status?.
            ObjectNode attributes = OtlpValues.attributes(span.attributes, "attributes");
            ArrayNode events = spanEvents(span.events);
            List<Link> links = new ArrayList<>(2);
            if (parent != null) links.add(new Link("parent", parent));
            ArrayNode linkList = spanLinks(span.links, links);
            ObjectNode st = null;
            String message = status == null ? "" : status.path("message").asText("");
            if (code != 0 || !message.isEmpty()) { // the default status is left out, as OTLP itself does
                st = OtlpValues.NODES.objectNode();
                st.put("code", code);
                if (!message.isEmpty()) st.put("message", message);
            }
            codec.begin();
            codec.objectStart(9 + (parent != null ? 1 : 0) + (end != Long.MIN_VALUE ? 1 : 0) + (st != null ? 1 : 0));
            codec.name("traceId");
            codec.text(traceId);
            codec.name("spanId");
            codec.text(spanId);
            if (parent != null) {
                codec.name("parentSpanId");
                codec.text(parent);
            }
            codec.name("name");
            codec.text(name);
            codec.name("kind");
            codec.integral(kind);
            codec.name("kindName");
            codec.text(OtlpValues.kindName(kind));
            codec.name("startTimeUnixNano");
            codec.integral(start);
            if (end != Long.MIN_VALUE) {
                codec.name("endTimeUnixNano");
                codec.integral(end);
            }
            codec.name("attributes");
            codec.node(attributes);
            codec.name("events");
            codec.node(events);
            codec.name("links");
            codec.node(linkList);
            if (st != null) {
                codec.name("status");
                codec.node(st);
            }
            long duration = end != Long.MIN_VALUE && end >= start ? end - start : Event.NO_DURATION;
            out.accept(new OtlpSpan(start, duration, traceId, spanId, parent, name, service,
                    code == 2 ? Severity.ERROR : Severity.INFO, links, line, st, resource, scope, codec.finish()));
        } catch (OtlpValues.Bad e) {
            JsonNode spanId = span.spanId;
            String which = spanId != null && spanId.isTextual() ? " (spanId " + spanId.textValue() + ")" : "";
            problem(where + which + ": " + e.getMessage());
        }
    }

    /**
     * Trace ids and span names repeat; held spans share one String for each. A direct-mapped table
     * (a clash just replaces the entry) costs no allocation and never grows.
     */
    private String shared(String id) {
        int slot = id.hashCode() & (sharedIds.length - 1);
        String known = sharedIds[slot];
        if (id.equals(known)) return known;
        sharedIds[slot] = id;
        return id;
    }

    private static ArrayNode spanEvents(JsonNode events) throws OtlpValues.Bad {
        ArrayNode out = OtlpValues.NODES.arrayNode();
        if (events == null || events.isNull()) return out;
        if (!events.isArray()) throw new OtlpValues.Bad("events: expected an array, found " + OtlpValues.describe(events));
        for (JsonNode e : events) {
            ObjectNode o = out.addObject();
            o.put("timeUnixNano", OtlpValues.int64(e.get("timeUnixNano"), "events.timeUnixNano", 0));
            o.put("name", e.path("name").asText(""));
            o.set("attributes", OtlpValues.attributes(e.get("attributes"), "events.attributes"));
        }
        return out;
    }

    private static ArrayNode spanLinks(JsonNode spanLinks, List<Link> links) throws OtlpValues.Bad {
        ArrayNode out = OtlpValues.NODES.arrayNode();
        if (spanLinks == null || spanLinks.isNull()) return out;
        if (!spanLinks.isArray()) throw new OtlpValues.Bad("links: expected an array, found " + OtlpValues.describe(spanLinks));
        for (JsonNode l : spanLinks) {
            ObjectNode o = out.addObject();
            String linkedTrace = OtlpValues.id(l.get("traceId"), 16, "links.traceId");
            String linkedSpan = OtlpValues.id(l.get("spanId"), 8, "links.spanId");
            o.put("traceId", linkedTrace);
            o.put("spanId", linkedSpan);
            o.set("attributes", OtlpValues.attributes(l.get("attributes"), "links.attributes"));
            links.add(new Link("link", linkedSpan));
        }
        return out;
    }

    private static String prefix(String where) {
        return where.isEmpty() ? "" : where + ".";
    }

    private void problem(String reason) {
        context.error(file, line, ReadContext.PositionKind.LINE, reason);
    }
}
