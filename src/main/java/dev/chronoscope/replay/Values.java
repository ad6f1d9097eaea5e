package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;

/**
 * Canonical leaf values and the arithmetic of {@code add}/{@code sub}.
 *
 * <p>State leaves are compared with {@link JsonNode#equals}, which tells IntNode(1) from
 * LongNode(1) and from DoubleNode(1.0), while JSON has one kind of number and a write of 1.0 over
 * 1 changes nothing. Every value is therefore brought to one canonical form before it enters the
 * state: integers, and fractional-looking numbers whose value is a whole number a double holds
 * exactly (below 2^53), as IntNode when they fit, else LongNode, else BigIntegerNode; every other
 * number as DoubleNode; binary and POJO nodes as text. That is also exactly what the change codec
 * decodes, so a state rebuilt from the store equals the state of a plain fold.
 */
final class Values {
    private Values() {}

    static JsonNode canonical(JsonNode v) {
        if (v == null || v.isMissingNode()) return null;
        if (isCanonical(v)) return v;
        if (v.isNumber()) return canonicalNumber(v);
        if (v.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(v.size());
            for (JsonNode e : v) copy.add(canonicalOrNull(e));
            return copy;
        }
        if (v.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                copy.set(e.getKey(), canonicalOrNull(e.getValue()));
            }
            return copy;
        }
        return TextNode.valueOf(v.asText());
    }

    private static JsonNode canonicalOrNull(JsonNode v) {
        JsonNode c = canonical(v);
        return c == null ? JsonNodeFactory.instance.nullNode() : c;
    }

    private static boolean isCanonical(JsonNode v) {
        switch (v.getNodeType()) {
            case STRING, BOOLEAN, NULL:
                return true;
            case NUMBER:
                if (v instanceof IntNode) return true;
                if (v instanceof DoubleNode) return !isExactWhole(v.doubleValue());
                if (v instanceof LongNode) return !v.canConvertToInt();
                return v instanceof BigIntegerNode && !v.canConvertToLong();
            case ARRAY:
                for (JsonNode e : v) if (!isCanonical(e)) return false;
                return true;
            case OBJECT:
                for (JsonNode e : v) if (!isCanonical(e)) return false;
                return true;
            default:
                return false;
        }
    }

    static JsonNode canonicalNumber(JsonNode v) {
        if (v.isIntegralNumber()) {
            if (v.canConvertToLong()) return ofLong(v.longValue());
            return BigIntegerNode.valueOf(v.bigIntegerValue());
        }
        return ofDouble(v.doubleValue());
    }

    /** A double as the state holds it: a whole number below 2^53 as an integer. */
    static JsonNode ofDouble(double d) {
        return isExactWhole(d) ? ofLong((long) d) : DoubleNode.valueOf(d);
    }

    private static final double EXACT_LIMIT = 0x1p53;

    private static boolean isExactWhole(double d) {
        return d > -EXACT_LIMIT && d < EXACT_LIMIT && d == Math.rint(d);
    }

    static JsonNode ofLong(long v) {
        return v == (int) v ? IntNode.valueOf((int) v) : LongNode.valueOf(v);
    }

    static JsonNode ofBigInteger(BigInteger v) {
        return v.bitLength() < 64 ? ofLong(v.longValue()) : BigIntegerNode.valueOf(v);
    }

    /**
     * A number for arithmetic: numeric nodes as they are, numeric text parsed (logs often quote
     * amounts), anything else null.
     */
    static JsonNode asNumber(JsonNode v) {
        if (v == null) return null;
        if (v.isNumber()) return v;
        if (!v.isTextual()) return null;
        String s = v.textValue().trim();
        try {
            return ofBigInteger(new BigInteger(s));
        } catch (NumberFormatException notInteger) {
            try {
                double d = Double.parseDouble(s);
                return Double.isFinite(d) ? ofDouble(d) : null;
            } catch (NumberFormatException notNumber) {
                return null;
            }
        }
    }

    /**
     * current ± delta, exact for integers (widening to BigInteger on overflow), decimal for fractions
     * (rounded to a double once, at the end); null if not numbers, or if a fraction's result is
     * beyond a double's range, which JSON cannot write (it would read back as the text "Infinity").
     */
    static JsonNode add(JsonNode current, JsonNode delta, boolean subtract) {
        JsonNode a = current == null ? IntNode.valueOf(0) : asNumber(current);
        JsonNode b = asNumber(delta);
        if (a == null || b == null) return null;
        if (a.isIntegralNumber() && b.isIntegralNumber()) {
            if (a.canConvertToLong() && b.canConvertToLong()) {
                long x = a.longValue();
                long y = b.longValue();
                long r = subtract ? x - y : x + y;
                boolean overflow = subtract ? ((x ^ y) & (x ^ r)) < 0 : ((x ^ r) & (y ^ r)) < 0;
                if (!overflow) return ofLong(r);
            }
            BigInteger x = a.bigIntegerValue();
            BigInteger y = b.bigIntegerValue();
            return ofBigInteger(subtract ? x.subtract(y) : x.add(y));
        }
        BigDecimal x = decimal(a);
        BigDecimal y = decimal(b);
        double result = (subtract ? x.subtract(y) : x.add(y)).doubleValue();
        return Double.isFinite(result) ? ofDouble(result) : null;
    }

    /**
     * A number as the decimal it is written as (a double by its shortest text), so that sums of
     * amounts are the decimal sums a reader expects: 0.1 + 0.2 is 0.3, not 0.30000000000000004,
     * and ten deposits of 0.1 less 1 leave 0.
     */
    private static BigDecimal decimal(JsonNode n) {
        if (n.isBigDecimal()) return n.decimalValue();
        if (n.isIntegralNumber()) return new BigDecimal(n.bigIntegerValue());
        return BigDecimal.valueOf(n.doubleValue());
    }
}
