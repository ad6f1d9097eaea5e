package dev.chronoscope.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;

/**
 * An OTLP attribute list ({@code [{key, value: AnyValue}]}) read from tokens straight into the
 * {@link JsonTreeCodec} bytes of the object {@link OtlpValues#attributes} would make of it, with no
 * tree, key String or value node on the way for the usual values ({@code stringValue},
 * {@code intValue}, {@code boolValue}, {@code doubleValue}); other AnyValues go through a small tree
 * and {@link OtlpValues#anyValue}. A repeated key keeps its first place and takes the last value,
 * as in the tree. Where the tree path would report an error, or the list has a shape this reader
 * does not follow (value before key, a key or value twice, an AnyValue with more fields after a
 * usual one), it gives up with null and the tree path takes the document.
 */
final class OtlpAttributeTokens {
    private final JsonTreeCodec members = new JsonTreeCodec();
    private final JsonTreeCodec object = new JsonTreeCodec();
    private int[] keyStarts = new int[16];
    private int[] keyEnds = new int[16];
    private int[] valueStarts = new int[16];
    private int[] valueEnds = new int[16];
    private int count;

    /** The list at its START_ARRAY, as the bytes of one object; null to give up. */
    byte[] read(JsonParser p) throws IOException {
        members.begin();
        count = 0;
        boolean repeatedKeys = false;
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            if (e != JsonToken.START_OBJECT) return null;
            int keyStart = members.length();
            int keyEnd = -1;
            int valueStart = -1;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME) return null;
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (name.equals("key")) {
                    if (keyEnd >= 0 || v != JsonToken.VALUE_STRING) return null;
                    members.name(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                    keyEnd = members.length();
                } else if (name.equals("value")) {
                    if (keyEnd < 0 || valueStart >= 0) return null;
                    valueStart = members.length();
                    if (!anyValue(p)) return null;
                } else {
                    p.skipChildren();
                }
            }
            if (keyEnd < 0) return null;
            if (valueStart < 0) { // no value: null, as OtlpValues.anyValue gives for a missing one
                valueStart = members.length();
                members.nullValue();
            }
            int earlier = find(keyStart, keyEnd);
            if (earlier >= 0) {
                valueStarts[earlier] = valueStart;
                valueEnds[earlier] = members.length();
                repeatedKeys = true;
            } else {
                add(keyStart, keyEnd, valueStart, members.length());
            }
        }
        object.begin();
        object.objectStart(count);
        if (repeatedKeys) {
            for (int i = 0; i < count; i++) {
                object.copy(members, keyStarts[i], keyEnds[i]);
                object.copy(members, valueStarts[i], valueEnds[i]);
            }
        } else {
            object.copy(members, 0, members.length());
        }
        return object.finish();
    }

    /** An AnyValue at its first token, written to {@code members}; false to give up. */
    private boolean anyValue(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            members.node(OtlpTokens.tree(p)); // a bare value is taken as it is
            return true;
        }
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_OBJECT) {
            members.nullValue();
            return true;
        }
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (usual(p, name, v)) return p.nextToken() == JsonToken.END_OBJECT;
        ObjectNode value = OtlpValues.NODES.objectNode();
        value.set(name, OtlpTokens.tree(p));
        OtlpTokens.restOfObject(p, value);
        try {
            members.node(OtlpValues.anyValue(value, "attributes"));
            return true;
        } catch (OtlpValues.Bad e) {
            return false;
        }
    }

    /** Writes a one-field AnyValue of the usual kinds; false, writing nothing, for any other. */
    private boolean usual(JsonParser p, String name, JsonToken v) throws IOException {
        switch (name) {
            case "stringValue" -> {
                if (v != JsonToken.VALUE_STRING) return false;
                members.text(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            }
            case "boolValue" -> {
                if (v != JsonToken.VALUE_TRUE && v != JsonToken.VALUE_FALSE) return false;
                members.bool(v == JsonToken.VALUE_TRUE);
            }
            case "intValue" -> {
                if (v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                    members.integral(p.getLongValue());
                } else {
                    // a decimal string (as OTLP writes 64-bit ints); anything else, even Long.MIN_VALUE, takes the tree
                    long n = v == JsonToken.VALUE_STRING ? Numbers.parseLong(p.getTextCharacters(), p.getTextOffset(), p.getTextLength())
                            : Numbers.NOT_A_LONG;
                    if (n == Numbers.NOT_A_LONG) return false;
                    members.integral(n);
                }
            }
            case "doubleValue" -> {
                if (v != JsonToken.VALUE_NUMBER_FLOAT) return false;
                JsonParser.NumberTypeFP type = p.getNumberTypeFP(); // as Jackson's tree reader decides a float's node
                if (type != JsonParser.NumberTypeFP.UNKNOWN && type != JsonParser.NumberTypeFP.DOUBLE64) return false;
                members.floating(p.getDoubleValue());
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private int find(int keyStart, int keyEnd) {
        int n = keyEnd - keyStart;
        for (int i = 0; i < count; i++) {
            if (keyEnds[i] - keyStarts[i] == n && members.sameBytes(keyStarts[i], keyStart, n)) return i;
        }
        return -1;
    }

    private void add(int keyStart, int keyEnd, int valueStart, int valueEnd) {
        if (count == keyStarts.length) {
            keyStarts = Arrays.copyOf(keyStarts, count * 2);
            keyEnds = Arrays.copyOf(keyEnds, count * 2);
            valueStarts = Arrays.copyOf(valueStarts, count * 2);
            valueEnds = Arrays.copyOf(valueEnds, count * 2);
        }
        keyStarts[count] = keyStart;
        keyEnds[count] = keyEnd;
        valueStarts[count] = valueStart;
        valueEnds[count] = valueEnd;
        count++;
    }
}
