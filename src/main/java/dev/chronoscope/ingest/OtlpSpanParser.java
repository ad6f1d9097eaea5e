package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    private final SharedStrings names = new SharedStrings(4096);
    private final SharedNodes resourcesAndScopes = new SharedNodes();
    private final JsonTreeCodec codec = new JsonTreeCodec();
    private String file;
    private long line;

    OtlpSpanParser(ReadContext context, Consumer<OtlpSpan> out) {
        this.context = context;
        this.out = out;
    }

    /** Span names as shared Strings; the stream path finds them from characters. */
    SharedStrings names() {
        return names;
    }

    /** Resources and scopes equal to one seen before are that one (held spans share them). */
    ObjectNode shared(ObjectNode resourceOrScope) {
        return resourcesAndScopes.of(resourceOrScope);
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

    /** A span read by {@link OtlpSpanStream}: span {@code index} of the scope at {@code scopeWhere}. */
    void streamed(OtlpSpanFields span, String scopeWhere, int index, String service, ObjectNode resource, ObjectNode scope) {
        span(span, scopeWhere, index, service, resource, scope);
    }

    private void resource(JsonNode rs, String where) {
        if (!rs.isObject()) {
            problem(where + ": expected a ResourceSpans object, found " + OtlpValues.describe(rs));
            return;
        }
        ObjectNode resource;
        try {
            resource = shared(OtlpValues.attributes(rs.path("resource").get("attributes"), prefix(where) + "resource.attributes"));
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
            scopeInfo = shared(scopeInfo);
            for (int k = 0; k < list.size(); k++) {
                JsonNode span = list.get(k);
                if (!span.isObject()) {
                    problem(at + ".spans[" + k + "]: expected a span object, found " + OtlpValues.describe(span));
                    continue;
                }
                span(OtlpSpanFields.of(span), at, k, service, resource, scopeInfo);
            }
        }
    }

    private void span(OtlpSpanFields span, String scopeWhere, int index, String service, ObjectNode resource, ObjectNode scope) {
        try {
            long traceHigh = span.traceHigh;
            long traceLow = span.traceLow;
            if (span.traceIdNode != null || (traceHigh | traceLow) == 0) {
                String hex = OtlpValues.id(span.traceIdNode, 16, "traceId");
                traceHigh = OtlpIds.parse(hex, 0, 16);
                traceLow = OtlpIds.parse(hex, 16, 32);
            }
            long spanId = span.spanIdNode != null || span.spanId == 0 ? spanId(OtlpValues.id(span.spanIdNode, 8, "spanId")) : span.spanId;
            long parent = span.parentSpanIdNode != null
                    ? spanId(OtlpValues.optionalId(span.parentSpanIdNode, 8, "parentSpanId")) : span.parentSpanId;
            long start = span.startNode != null ? OtlpValues.int64(span.startNode, "startTimeUnixNano", Long.MIN_VALUE) : span.start;
            if (start == Long.MIN_VALUE) throw new OtlpValues.Bad("missing startTimeUnixNano");
            long end = span.endNode != null ? OtlpValues.int64(span.endNode, "endTimeUnixNano", OtlpSpan.NO_END) : span.end;
            int kind = span.kindNode != null ? OtlpValues.kind(span.kindNode) : span.kind;
            JsonNode status = span.statusNode;
            int code = status == null || !status.isObject() ? 0 : OtlpValues.statusCode(status.get("code"));
            String name = names.of(span.nameNode != null ? span.nameNode.asText("") : span.name);
            byte[] attributes = span.attributesNode != null || span.attributes == null
                    ? codec.encode(OtlpValues.attributes(span.attributesNode, "attributes")) : span.attributes;
            ArrayNode events = spanEvents(span.eventsNode);
            ArrayNode links = spanLinks(span.linksNode);
            byte[] eventsAndLinks = null;
            if (!events.isEmpty() || !links.isEmpty()) {
                codec.begin();
                codec.node(events);
                codec.node(links);
                eventsAndLinks = codec.finish();
            }
            String message = status == null ? "" : status.path("message").asText("");
            out.accept(new OtlpSpan(start, end, traceHigh, traceLow, spanId, parent, name, service, kind, code, message, line,
                    resource, scope, attributes, eventsAndLinks));
        } catch (OtlpValues.Bad e) {
            String shown = span.describeSpanId();
            String which = shown != null ? " (spanId " + shown + ")" : "";
            problem(scopeWhere + ".spans[" + index + "]" + which + ": " + e.getMessage());
        }
    }

    /** A normalised hex span id as a number; 0 for none. */
    private static long spanId(String hex) {
        return hex == null ? 0 : OtlpIds.parse(hex, 0, 16);
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

    private static ArrayNode spanLinks(JsonNode spanLinks) throws OtlpValues.Bad {
        ArrayNode out = OtlpValues.NODES.arrayNode();
        if (spanLinks == null || spanLinks.isNull()) return out;
        if (!spanLinks.isArray()) throw new OtlpValues.Bad("links: expected an array, found " + OtlpValues.describe(spanLinks));
        for (JsonNode l : spanLinks) {
            ObjectNode o = out.addObject();
            o.put("traceId", OtlpValues.id(l.get("traceId"), 16, "links.traceId"));
            o.put("spanId", OtlpValues.id(l.get("spanId"), 8, "links.spanId"));
            o.set("attributes", OtlpValues.attributes(l.get("attributes"), "links.attributes"));
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
