package dev.chronoscope.query;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code field op literal}. Numeric when both sides are numeric (a numeric string in the record
 * counts, and so does a quoted literal that reads as a number), string comparison otherwise. The
 * orderings {@code <}, {@code <=}, {@code >}, {@code >=} only compare numbers with numbers and text
 * with text: {@code latency > 100} must not match {@code "n/a"}, {@code true} or a list because
 * their text sorts after "100", nor {@code name > abc} a number. A missing field makes every
 * operator false except {@code !=}; JSON null equals only the literal {@code null} (a missing field
 * is not null).
 */
final class Comparison implements ValueTest {
    private final Op op;
    private final Literal literal;
    private final boolean ordering;

    Comparison(Op op, Literal literal) {
        this.op = op;
        this.literal = literal;
        this.ordering = op.ordering();
    }

    @Override
    public boolean text(String value) {
        if (literal.kind == Literal.Kind.NULL) return op == Op.NE;
        if (literal.numeric && NumericText.isNumeric(value)) return op.accept(compareNumericText(value));
        if (ordering && literal.numeric) return false;
        return op.accept(value.compareTo(literal.text));
    }

    @Override
    public boolean number(long value) {
        if (literal.numeric) return op.accept(literal.compareTo(value));
        if (literal.kind == Literal.Kind.NULL) return op == Op.NE;
        return text(Long.toString(value));
    }

    @Override
    public boolean node(JsonNode value) {
        if (value.isNull()) return literal.kind == Literal.Kind.NULL ? op == Op.EQ : op == Op.NE;
        if (literal.kind == Literal.Kind.NULL) return op == Op.NE;
        if (value.isNumber() && literal.numeric) {
            int cmp = value.isIntegralNumber() && value.canConvertToLong() ? literal.compareTo(value.longValue())
                    : value.isIntegralNumber() ? literal.compareTo(value.bigIntegerValue())
                    : literal.compareTo(value.doubleValue());
            return op.accept(cmp);
        }
        if (value.isBoolean() && literal.kind == Literal.Kind.BOOLEAN) {
            boolean equal = value.booleanValue() == literal.booleanValue;
            return op == Op.EQ ? equal : op == Op.NE && !equal;
        }
        if (value.isTextual()) return text(value.textValue());
        if (ordering) return false; // a number against a word, a boolean, a list or an object: no order
        if (value.isValueNode()) return text(value.asText());
        return op.accept(value.toString().compareTo(literal.text));
    }

    @Override
    public boolean missing() {
        return op == Op.NE;
    }

    private int compareNumericText(String value) {
        String v = value.trim();
        if (NumericText.isSmallInteger(v)) return literal.compareTo(Long.parseLong(v));
        return literal.compareTo(Double.parseDouble(v));
    }

    @Override
    public String toString() {
        return op.symbol + " " + literal;
    }
}
