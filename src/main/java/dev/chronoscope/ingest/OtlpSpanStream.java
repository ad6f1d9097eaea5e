package dev.chronoscope.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast path of {@link OtlpSpanParser}: reads an OTLP document of the usual shape
 * ({@code {"resourceSpans":[{"resource":..,"scopeSpans":[{"scope":..,"spans":[..]}]}]}}) with
 * Jackson's streaming parser instead of building the document's tree. A span's fields are gathered
 * as {@link OtlpSpanFields} ({@link OtlpTokens}: usual values read directly, others kept as trees),
 * which then go through the same {@code span} code as a tree-read span's, so records, checks and
 * messages are the same. A document of another shape (another field, another order) or an
 * attribute list the token reader does not follow makes it give up: the caller reads that document
 * as a tree and the tree path reports what is wrong. Spans are handed on only once the whole
 * document was read.
 */
final class OtlpSpanStream {

    private record Pending(OtlpSpanFields span, String scopeWhere, int index, String service,
                           ObjectNode resourceAttributes, ObjectNode scopeInfo) {}

    private final OtlpSpanParser spans;
    private final OtlpTokens tokens;
    private final List<Pending> pending = new ArrayList<>();

    OtlpSpanStream(OtlpSpanParser spans) {
        this.spans = spans;
        this.tokens = new OtlpTokens(spans.names());
    }

    /** Reads the document at the parser's START_OBJECT; false (somewhere inside it) to give up. */
    boolean document(JsonParser p, String file, long line) throws IOException {
        pending.clear();
        boolean seen = false;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            if (t != JsonToken.FIELD_NAME || seen || !"resourceSpans".equals(p.currentName())) return false;
            seen = true;
            if (p.nextToken() != JsonToken.START_ARRAY) return false;
            int i = 0;
            for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                if (e != JsonToken.START_OBJECT || !resourceSpans(p, i++)) return false;
            }
        }
        if (!seen) return false;
        spans.begin(file, line);
        for (Pending s : pending) {
            spans.streamed(s.span(), s.scopeWhere(), s.index(), s.service(), s.resourceAttributes(), s.scopeInfo());
        }
        pending.clear();
        return true;
    }

    private boolean resourceSpans(JsonParser p, int i) throws IOException {
        ObjectNode resource = null;
        boolean scopesSeen = false;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            if (t != JsonToken.FIELD_NAME) return false;
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("resource")) {
                if (resource != null || scopesSeen) return false;
                resource = OtlpTokens.attributesOrNull(OtlpTokens.tree(p).get("attributes"));
                if (resource == null) return false;
                resource = spans.shared(resource);
            } else if (name.equals("scopeSpans")) {
                if (scopesSeen) return false;
                scopesSeen = true;
                if (resource == null) resource = spans.shared(OtlpValues.NODES.objectNode());
                if (value == JsonToken.VALUE_NULL) continue;
                if (value != JsonToken.START_ARRAY) return false;
                String service = OtlpSpanParser.service(resource);
                int j = 0;
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    if (e != JsonToken.START_OBJECT || !scopeSpans(p, i, j++, service, resource)) return false;
                }
            } else if (name.equals("schemaUrl")) {
                p.skipChildren();
            } else {
                return false;
            }
        }
        return true;
    }

    private boolean scopeSpans(JsonParser p, int i, int j, String service, ObjectNode resource) throws IOException {
        JsonNode scope = null;
        boolean spansSeen = false;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            if (t != JsonToken.FIELD_NAME) return false;
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("scope")) {
                if (scope != null || spansSeen) return false;
                scope = OtlpTokens.tree(p);
            } else if (name.equals("spans")) {
                if (spansSeen) return false;
                spansSeen = true;
                if (value == JsonToken.VALUE_NULL) continue;
                if (value != JsonToken.START_ARRAY) return false;
                ObjectNode scopeInfo = OtlpValues.NODES.objectNode();
                JsonNode s = scope == null ? MissingNode.getInstance() : scope;
                if (s.has("name")) scopeInfo.set("name", s.get("name"));
                if (s.has("version")) scopeInfo.set("version", s.get("version"));
                scopeInfo = spans.shared(scopeInfo);
                String where = "resourceSpans[" + i + "].scopeSpans[" + j + "]";
                int k = 0;
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    if (e != JsonToken.START_OBJECT) return false;
                    OtlpSpanFields span = tokens.span(p);
                    if (span == null) return false;
                    pending.add(new Pending(span, where, k++, service, resource, scopeInfo));
                }
            } else if (name.equals("schemaUrl")) {
                p.skipChildren();
            } else {
                return false;
            }
        }
        return true;
    }
}
