package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Base64;

/**
 * OTLP/JSON value conventions: ids as hex (or, from some tools, base64) normalised to lower-case
 * hex; 64-bit numbers as numbers or decimal strings; enums as numbers or names; attribute lists
 * ({@code [{key, value: AnyValue}]}) flattened into one JSON object. A value of the wrong type
 * throws {@link Bad} with a message that names the field and what was expected.
 */
final class OtlpValues {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final String[] KINDS = {"UNSPECIFIED", "INTERNAL", "SERVER", "CLIENT", "PRODUCER", "CONSUMER"};

    /** A field of the wrong type or shape; the span that holds it cannot be read. */
    static final class Bad extends Exception {
        Bad(String message) {
            super(message, null, false, false);
        }
    }

    private OtlpValues() {}

    /** A required id of {@code bytes} bytes as lower-case hex. */
    static String id(JsonNode node, int bytes, String field) throws Bad {
        String id = optionalId(node, bytes, field);
        if (id == null) throw new Bad("missing " + field);
        return id;
    }

    /** An optional id: null when absent, empty or all zeros (OTLP's "no parent"). */
    static String optionalId(JsonNode node, int bytes, String field) throws Bad {
        if (node == null || node.isNull()) return null;
        if (!node.isTextual()) throw new Bad(field + ": expected a hex or base64 string, found " + describe(node));
        String s = node.textValue().trim();
        if (s.isEmpty()) return null;
        String hex;
        if (s.length() == bytes * 2 && isHex(s)) {
            hex = s.toLowerCase(java.util.Locale.ROOT);
        } else {
            byte[] raw = base64(s);
            if (raw == null || raw.length != bytes) {
                throw new Bad(field + ": \"" + s + "\" is neither " + bytes * 2 + " hex digits nor base64 of " + bytes + " bytes");
            }
            hex = toHex(raw);
        }
        for (int i = 0; i < hex.length(); i++) if (hex.charAt(i) != '0') return hex;
        return null;
    }

    private static byte[] base64(String s) {
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            try {
                return Base64.getUrlDecoder().decode(s);
            } catch (IllegalArgumentException again) {
                return null;
            }
        }
    }

    private static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0) return false;
        }
        return true;
    }

    private static String toHex(byte[] raw) {
        char[] out = new char[raw.length * 2];
        for (int i = 0; i < raw.length; i++) {
            out[2 * i] = HEX[(raw[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[raw[i] & 0xf];
        }
        return new String(out);
    }

    /** A uint64/int64 written as a number or a decimal string; {@code missing} when absent. */
    static long int64(JsonNode node, String field, long missing) throws Bad {
        if (node == null || node.isNull()) return missing;
        if (node.isIntegralNumber()) {
            // longValue() would wrap a number beyond int64 to another time
            if (!node.canConvertToLong()) throw new Bad(field + ": expected a number of nanoseconds, found " + node);
            return node.longValue();
        }
        if (node.isNumber()) {
            double d = node.doubleValue();
            // Math.round would give Long.MAX_VALUE (or 0 for NaN) for what is no time in ns
            if (!(Math.abs(d) < 9.2e18)) throw new Bad(field + ": expected a number of nanoseconds, found " + node);
            return Math.round(d);
        }
        if (node.isTextual()) {
            try {
                return Long.parseLong(node.textValue().trim());
            } catch (NumberFormatException e) {
                throw new Bad(field + ": expected a number of nanoseconds, found \"" + node.textValue() + "\"");
            }
        }
        throw new Bad(field + ": expected a number or a numeric string, found " + describe(node));
    }

    /** Span kind 0..5 from a number or a name such as SPAN_KIND_SERVER. */
    static int kind(JsonNode node) throws Bad {
        return enumValue(node, "kind", KINDS, "SPAN_KIND_");
    }

    static String kindName(int kind) {
        return kind >= 0 && kind < KINDS.length ? KINDS[kind] : Integer.toString(kind);
    }

    /** Status code 0 unset, 1 ok, 2 error, from a number or a name such as STATUS_CODE_ERROR. */
    static int statusCode(JsonNode node) throws Bad {
        return enumValue(node, "status.code", new String[] {"UNSET", "OK", "ERROR"}, "STATUS_CODE_");
    }

    private static int enumValue(JsonNode node, String field, String[] names, String prefix) throws Bad {
        if (node == null || node.isNull()) return 0;
        if (node.isIntegralNumber()) return node.intValue();
        if (node.isTextual()) {
            String s = node.textValue().trim();
            if (s.startsWith(prefix)) s = s.substring(prefix.length());
            for (int i = 0; i < names.length; i++) if (names[i].equals(s)) return i;
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new Bad(field + ": unknown value \"" + node.textValue() + "\"");
            }
        }
        throw new Bad(field + ": expected a number or a name, found " + describe(node));
    }

    /** {@code [{key, value}]} as one object; an object already flat is taken as it is. */
    static ObjectNode attributes(JsonNode node, String field) throws Bad {
        ObjectNode out = NODES.objectNode();
        if (node == null || node.isNull()) return out;
        if (node.isObject()) return (ObjectNode) node;
        if (!node.isArray()) throw new Bad(field + ": expected an array of {key, value}, found " + describe(node));
        for (JsonNode kv : node) {
            JsonNode key = kv.get("key");
            if (key == null || !key.isTextual()) throw new Bad(field + ": an attribute without a \"key\" string");
            out.set(key.textValue(), anyValue(kv.get("value"), field + "." + key.textValue()));
        }
        return out;
    }

    /** An AnyValue as plain JSON. */
    static JsonNode anyValue(JsonNode value, String field) throws Bad {
        if (value == null || value.isNull() || (value.isObject() && value.isEmpty())) return NODES.nullNode();
        if (!value.isObject()) return value;
        if (value.has("stringValue")) return value.get("stringValue");
        if (value.has("boolValue")) return value.get("boolValue");
        if (value.has("intValue")) return intValue(value.get("intValue"));
        if (value.has("doubleValue")) {
            JsonNode d = value.get("doubleValue");
            if (d.isNumber()) return d;
            try {
                return NODES.numberNode(Double.parseDouble(d.asText()));
            } catch (NumberFormatException e) {
                throw new Bad(field + ": expected a number in doubleValue, found " + describe(d));
            }
        }
        if (value.has("bytesValue")) return value.get("bytesValue");
        if (value.has("arrayValue")) {
            ArrayNode out = NODES.arrayNode();
            JsonNode values = value.get("arrayValue").get("values");
            if (values != null && values.isArray()) for (JsonNode v : values) out.add(anyValue(v, field));
            return out;
        }
        if (value.has("kvlistValue")) return attributes(value.get("kvlistValue").get("values"), field);
        return value;
    }

    /**
     * An int64 attribute as the number it is: OTLP quotes 64-bit ints, so a decimal string becomes
     * a number. A value that is no int64 (beyond its range, fractional, not a number) is kept as
     * written; wrapping or rounding it would show a value the log does not hold.
     */
    private static JsonNode intValue(JsonNode node) {
        if (!node.isTextual()) return node;
        String text = node.textValue().trim();
        try {
            return NODES.numberNode(Long.parseLong(text));
        } catch (NumberFormatException notALong) {
            try {
                return NODES.numberNode(new BigInteger(text));
            } catch (NumberFormatException notAWholeNumber) {
                return node;
            }
        }
    }

    static String describe(JsonNode node) {
        if (node == null) return "nothing";
        if (node.isObject()) return "an object";
        if (node.isArray()) return "an array";
        if (node.isTextual()) return "a string";
        if (node.isNumber()) return "a number";
        if (node.isBoolean()) return "a boolean";
        return node.toString();
    }
}
