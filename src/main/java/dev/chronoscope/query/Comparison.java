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
 *
 * <p>A list equals a value when any of its elements does, as in the query languages of log
 * stores: {@code waiters = 301} and {@code waiters in (301, 302)} find the events whose
 * {@code waiters} hold 301, and {@code !=} is the negation ("301 is not among them"). The list's
 * JSON text still equals itself ({@code waiters = "[301]"}). Orderings stay false on a list: which
 * element should be the one above 10 is not something a reader guesses the same way.
 */
final class Comparison implements ValueTest {
    private final Op op;
    private final Literal literal;
    private final boolean ordering;
    /** This test as {@code =}, which a list's elements are asked under {@code =} and {@code !=}. */
    private final Comparison equality;

    Comparison(Op op, Literal literal) {
        this.op = op;
        this.literal = literal;
        this.ordering = op.ordering();
        this.equality = op == Op.EQ ? this : new Comparison(Op.EQ, literal);
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
        if (value.isArray() && !ordering) return op == Op.NE ? !listEquals(value) : listEquals(value);
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

    /** What {@code =} would answer: the list's text, or any element, equals the literal. */
    private boolean listEquals(JsonNode list) {
        // only a literal written as a list can equal the list's JSON text: spare the other events its writing
        if (literal.text.startsWith("[") && list.toString().equals(literal.text)) return true;
        for (JsonNode element : list) {
            if (equality.node(element)) return true;
        }
        return false;
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
