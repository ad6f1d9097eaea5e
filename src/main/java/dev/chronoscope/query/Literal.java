package dev.chronoscope.query;

import java.math.BigDecimal;

/**
 * A value written in an expression, prepared once so evaluation never re-parses it. Durations are
 * numbers in nanoseconds; a quoted string that reads as a number ({@code "1234"}) is numeric too,
 * so that it compares numerically with numeric fields.
 */
final class Literal {
    enum Kind { NUMBER, STRING, BOOLEAN, NULL }

    final Kind kind;
    /** As typed (durations: as typed, e.g. {@code 1.5ms}); used for string comparison. */
    final String text;
    final boolean numeric;
    /** True when the numeric value is a whole number that fits a long. */
    final boolean integral;
    final long longValue;
    final double doubleValue;
    /** The exact value of a numeric literal, for values a long or a double would round. */
    private final BigDecimal decimal;
    final boolean booleanValue;

    private Literal(Kind kind, String text, BigDecimal number, boolean booleanValue) {
        this.kind = kind;
        this.text = text;
        this.booleanValue = booleanValue;
        this.numeric = number != null;
        long asLong = 0;
        boolean whole = false;
        if (number != null) {
            try {
                asLong = number.longValueExact();
                whole = true;
            } catch (ArithmeticException notWhole) {
                whole = false;
            }
        }
        this.integral = whole;
        this.longValue = asLong;
        this.doubleValue = number == null ? Double.NaN : number.doubleValue();
        this.decimal = number;
    }

    static Literal number(String text) {
        return new Literal(Kind.NUMBER, text, new BigDecimal(text), false);
    }

    static Literal number(String text, long value) {
        return new Literal(Kind.NUMBER, text, BigDecimal.valueOf(value), false);
    }

    /** {@code 250us} → 250000 (ns). */
    static Literal duration(String text) {
        int unitStart = text.length();
        while (unitStart > 0 && Character.isLetter(text.charAt(unitStart - 1))) unitStart--;
        String unit = text.substring(unitStart);
        long scale = switch (unit) {
            case "ns" -> 1L;
            case "us", "µs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            default -> throw new IllegalArgumentException("not a duration unit: " + unit);
        };
        BigDecimal ns = new BigDecimal(text.substring(0, unitStart)).multiply(BigDecimal.valueOf(scale));
        return new Literal(Kind.NUMBER, text, ns, false);
    }

    static Literal string(String text) {
        return new Literal(Kind.STRING, text, NumericText.isNumeric(text) ? new BigDecimal(text.trim()) : null, false);
    }

    static Literal bool(boolean value) {
        return new Literal(Kind.BOOLEAN, Boolean.toString(value), null, value);
    }

    static Literal nullValue() {
        return new Literal(Kind.NULL, "null", null, false);
    }

    /** Compares a long field value with this numeric literal. */
    int compareTo(long value) {
        if (integral) return Long.compare(value, longValue);
        return Math.abs(doubleValue) < 0x1p53 ? Double.compare(value, doubleValue) : BigDecimal.valueOf(value).compareTo(decimal);
    }

    /** Adding 0.0 makes -0.0 the 0 it equals; Double.compare alone puts it below. */
    int compareTo(double value) {
        return Double.compare(value + 0.0, doubleValue + 0.0);
    }

    /** A whole number beyond a long (JSON allows any), compared exactly. */
    int compareTo(java.math.BigInteger value) {
        return new BigDecimal(value).compareTo(decimal);
    }

    @Override
    public String toString() {
        return text;
    }
}
