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
 * fields ({@link OtlpSpanFields}) read with no tree and no Strings for the usual values: ids in
 * normal form as numbers, times and kind as numbers, the name found in the shared names, an empty
 * status as no status, the attribute list straight to bytes ({@link OtlpAttributeTokens}). Any
 * other value is kept as a tree for the parser to check. {@link #span} returns null where the
 * stream path gives up.
 */
final class OtlpTokens {
    private final SharedStrings names;
    private final OtlpAttributeTokens attributes = new OtlpAttributeTokens();
    private boolean hexValid;

    OtlpTokens(SharedStrings names) {
        this.names = names;
    }

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
                p.nextToken();
                restOfObject(p, o);
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

    /** The fields of an object from the parser's current token (a FIELD_NAME, or END_OBJECT) on, into {@code o}. */
    static void restOfObject(JsonParser p, ObjectNode o) throws IOException {
        for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            o.set(name, tree(p));
        }
    }

    /** A span's fields at its START_OBJECT; null to give up. */
    OtlpSpanFields span(JsonParser p) throws IOException {
        OtlpSpanFields span = new OtlpSpanFields();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            if (t != JsonToken.FIELD_NAME) return null;
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) { // a repeated field: the last value counts, as in a tree
                case "traceId" -> {
                    long high = hex(p, value, 32, 0);
                    long low = hexValid ? hex(p, value, 32, 16) : 0;
                    if (hexValid) span.traceId(high, low);
                    else span.traceIdNode = tree(p);
                }
                case "spanId" -> {
                    long id = hex(p, value, 16, 0);
                    if (hexValid && id != 0) span.spanId(id); // all zeros is "missing", and its message shows the text: the tree says it
                    else span.spanIdNode = tree(p);
                }
                case "parentSpanId" -> {
                    if (value == JsonToken.VALUE_STRING && p.getTextLength() == 0) {
                        span.parentSpanId(0);
                    } else {
                        long id = hex(p, value, 16, 0);
                        if (hexValid) span.parentSpanId(id);
                        else span.parentSpanIdNode = tree(p);
                    }
                }
                case "startTimeUnixNano" -> {
                    long nanos = nanos(p, value);
                    if (nanos != Numbers.NOT_A_LONG) span.start(nanos);
                    else span.startNode = tree(p);
                }
                case "endTimeUnixNano" -> {
                    long nanos = nanos(p, value);
                    if (nanos != Numbers.NOT_A_LONG) span.end(nanos);
                    else span.endNode = tree(p);
                }
                case "kind" -> {
                    if (value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) span.kind(p.getIntValue());
                    else span.kindNode = tree(p);
                }
                case "name" -> {
                    if (value == JsonToken.VALUE_STRING) span.name(names.of(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()));
                    else span.nameNode = tree(p);
                }
                case "status" -> {
                    if (value != JsonToken.START_OBJECT) {
                        span.statusNode = tree(p);
                    } else if (p.nextToken() == JsonToken.END_OBJECT) {
                        span.statusNode = null; // {} is the default status, as if absent
                    } else {
                        ObjectNode status = OtlpValues.NODES.objectNode();
                        restOfObject(p, status);
                        span.statusNode = status;
                    }
                }
                case "attributes" -> {
                    if (value == JsonToken.START_ARRAY) {
                        byte[] flat = attributes.read(p);
                        if (flat == null) return null;
                        span.attributes(flat);
                    } else {
                        span.attributesNode = tree(p);
                    }
                }
                case "events" -> span.eventsNode = tree(p);
                case "links" -> span.linksNode = tree(p);
                default -> p.skipChildren(); // a field the parser never reads
            }
        }
        return span;
    }

    /**
     * Sixteen digits from {@code from} of a string of exactly {@code digits} lower-case hex digits,
     * as a number; {@link #hexValid} says whether the value is such a string.
     */
    private long hex(JsonParser p, JsonToken value, int digits, int from) throws IOException {
        hexValid = false;
        if (value != JsonToken.VALUE_STRING || p.getTextLength() != digits) return 0;
        char[] chars = p.getTextCharacters();
        int at = p.getTextOffset() + from;
        long v = 0;
        int invalid = 0;
        for (int i = at; i < at + 16; i++) {
            int d = OtlpIds.lowerHexDigit(chars[i]);
            invalid |= d; // -1 sets the sign bit for good
            v = (v << 4) | (d & 0xF);
        }
        hexValid = invalid >= 0;
        return v;
    }

    /** A time as a plain number or decimal string; NOT_A_LONG for anything the tree path must judge. */
    private static long nanos(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType type = p.getNumberType();
            return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG ? p.getLongValue() : Numbers.NOT_A_LONG;
        }
        return value == JsonToken.VALUE_STRING ? Numbers.parseLong(p.getTextCharacters(), p.getTextOffset(), p.getTextLength())
                : Numbers.NOT_A_LONG;
    }

    /** {@link OtlpValues#attributes} of a tree, or null where it rejects the tree. */
    static ObjectNode attributesOrNull(JsonNode node) {
        try {
            return OtlpValues.attributes(node, "resource.attributes");
        } catch (OtlpValues.Bad e) {
            return null;
        }
    }
}
