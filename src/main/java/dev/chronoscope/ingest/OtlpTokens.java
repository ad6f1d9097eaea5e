package dev.chronoscope.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Token-level pieces of {@link OtlpSpanStream}: a tree built from tokens exactly as Jackson's tree
 * reader builds it (strings, ints, longs, booleans and nulls directly; other numbers through
 * Jackson itself; a repeated field name keeps its first place and last value), and a span's
 * fields ({@link OtlpSpanFields}) whose attribute list is flattened on the way. Each returns null where the stream path gives up.
 */
final class OtlpTokens {
    private OtlpTokens() {}

    /** The value at the parser's current token, as a tree. */
    static JsonNode tree(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case VALUE_STRING:
                return OtlpValues.NODES.textNode(p.getText());
            case VALUE_TRUE:
                return OtlpValues.NODES.booleanNode(true);
            case VALUE_FALSE:
                return OtlpValues.NODES.booleanNode(false);
            case VALUE_NULL:
                return OtlpValues.NODES.nullNode();
            case VALUE_NUMBER_INT:
                if (p.getNumberType() == JsonParser.NumberType.INT) return OtlpValues.NODES.numberNode(p.getIntValue());
                if (p.getNumberType() == JsonParser.NumberType.LONG) return OtlpValues.NODES.numberNode(p.getLongValue());
                return p.readValueAsTree();
            case START_OBJECT: {
                ObjectNode o = OtlpValues.NODES.objectNode();
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String name = p.currentName();
                    p.nextToken();
                    o.set(name, tree(p));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = OtlpValues.NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) a.add(tree(p));
                return a;
            }
            default:
                return p.readValueAsTree();
        }
    }

    /** A span's fields, its attribute list already flattened; null to give up. */
    static OtlpSpanFields span(JsonParser p) throws IOException {
        OtlpSpanFields span = new OtlpSpanFields();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            if (t != JsonToken.FIELD_NAME) return null;
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) { // a repeated field: the last value counts, as in a tree
                case "traceId" -> span.traceId = tree(p);
                case "spanId" -> span.spanId = tree(p);
                case "parentSpanId" -> span.parentSpanId = tree(p);
                case "startTimeUnixNano" -> span.startTimeUnixNano = tree(p);
                case "endTimeUnixNano" -> span.endTimeUnixNano = tree(p);
                case "kind" -> span.kind = tree(p);
                case "status" -> span.status = tree(p);
                case "name" -> span.name = tree(p);
                case "events" -> span.events = tree(p);
                case "links" -> span.links = tree(p);
                case "attributes" -> {
                    if (value == JsonToken.START_ARRAY) {
                        ObjectNode flat = attributes(p);
                        if (flat == null) return null;
                        span.attributes = flat;
                    } else {
                        span.attributes = tree(p);
                    }
                }
                default -> p.skipChildren(); // a field the parser never reads
            }
        }
        return span;
    }

    /** {@link OtlpValues#attributes} of a tree, or null where it rejects the tree. */
    static ObjectNode attributesOrNull(JsonNode node) {
        try {
            return OtlpValues.attributes(node, "resource.attributes");
        } catch (OtlpValues.Bad e) {
            return null;
        }
    }

    /** An attribute list at its START_ARRAY, flattened as {@link OtlpValues#attributes} does. */
    private static ObjectNode attributes(JsonParser p) throws IOException {
        ObjectNode out = OtlpValues.NODES.objectNode();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            if (e != JsonToken.START_OBJECT) return null;
            String key = null;
            JsonNode value = null;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME) return null;
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (name.equals("key")) {
                    key = v == JsonToken.VALUE_STRING ? p.getText() : null;
                    if (key == null) return null;
                } else if (name.equals("value")) {
                    value = anyValue(p);
                    if (value == null) return null;
                } else {
                    p.skipChildren();
                }
            }
            if (key == null || value == null) return null;
            out.set(key, value);
        }
        return out;
    }

    /** An AnyValue as {@link OtlpValues#anyValue} gives it, or null where it rejects the value. */
    private static JsonNode anyValue(JsonParser p) throws IOException {
        try {
            return OtlpValues.anyValue(tree(p), "attributes");
        } catch (OtlpValues.Bad e) {
            return null;
        }
    }
}
