package dev.chronoscope.ingest;

import java.util.SplittableRandom;

/**
 * Random JSON records for differential tests: nesting, repeated keys, strings with escapes,
 * control characters and UTF-8 of every length, integers of every magnitude and doubles of many
 * shapes, with random whitespace; and small random damage to them.
 */
final class RandomJson {
    private static final String[] KEYS = {"a", "b", "type", "ts", "k\u00e9", "", "x y", "q\\\"", "\u65e5", "\\u0061"};
    private static final String[] STRING_PIECES = {"a", "Z", "0", " ", "\\\"", "\\\\", "/", "\\/", "\u0001", "\t", "\u001f", "\u00e9",
            "\u65e5", "\ud83d\ude00", "\\n", "\\t", "\\b", "\\f", "\\r", "\\u00e9", "\\u0000", "\\ud83d\\ude00", "\\udc00", "\u007f"};
    private static final String[] INTEGERS = {"0", "-0", "7", "-42", "2147483647", "2147483648", "-2147483648", "-2147483649",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "1700000000123456789",
            "123456789012345678901234567890"};
    private static final String[] WHITESPACE = {"", "", "", " ", "\t", "\r", "  "};
    private static final byte[] DAMAGE = "{}[]\",:019-+.eE\\ntfuax \t\f".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] HIGH_BYTES = {0, (byte) 0x80, (byte) 0xC3, (byte) 0xE2, (byte) 0xFF};

    private RandomJson() {}

    static void object(SplittableRandom random, StringBuilder out, int depth) {
        out.append('{').append(space(random));
        int members = random.nextInt(depth == 0 ? 1 : 0, 6);
        for (int i = 0; i < members; i++) {
            if (i > 0) out.append(',').append(space(random));
            out.append('"').append(random.nextInt(4) == 0 ? string(random) : KEYS[random.nextInt(KEYS.length)]).append('"');
            out.append(space(random)).append(':').append(space(random));
            value(random, out, depth + 1);
            out.append(space(random));
        }
        out.append('}');
    }

    private static void value(SplittableRandom random, StringBuilder out, int depth) {
        int kind = random.nextInt(depth >= 4 ? 6 : 8);
        switch (kind) {
            case 0 -> out.append('"').append(string(random)).append('"');
            case 1 -> out.append(INTEGERS[random.nextInt(INTEGERS.length)]);
            case 2 -> out.append(random.nextLong(-1_000_000, 1_000_000));
            case 3 -> out.append(floating(random));
            case 4 -> out.append(random.nextBoolean() ? "true" : "false");
            case 5 -> out.append("null");
            case 6 -> object(random, out, depth);
            default -> {
                out.append('[').append(space(random));
                int items = random.nextInt(4);
                for (int i = 0; i < items; i++) {
                    if (i > 0) out.append(',').append(space(random));
                    value(random, out, depth + 1);
                }
                out.append(space(random)).append(']');
            }
        }
    }

    private static String string(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        int pieces = random.nextInt(6);
        for (int i = 0; i < pieces; i++) s.append(STRING_PIECES[random.nextInt(STRING_PIECES.length)]);
        return s.toString();
    }

    /** A JSON number with a fraction or an exponent: 1 to 20 significant digits, exponents up to ±330. */
    private static String floating(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        if (random.nextBoolean()) s.append('-');
        int intDigits = random.nextInt(4);
        if (intDigits == 0) {
            s.append('0');
        } else {
            s.append((char) ('1' + random.nextInt(9)));
            for (int i = 1; i < intDigits * random.nextInt(1, 6); i++) s.append((char) ('0' + random.nextInt(10)));
        }
        boolean fraction = random.nextBoolean();
        if (fraction) {
            s.append('.');
            int digits = random.nextInt(1, 20);
            for (int i = 0; i < digits; i++) s.append((char) ('0' + random.nextInt(10)));
        }
        if (!fraction || random.nextBoolean()) {
            s.append(random.nextBoolean() ? 'e' : 'E');
            int sign = random.nextInt(3);
            if (sign == 1) s.append('+');
            if (sign == 2) s.append('-');
            int exponent = random.nextInt(4) == 0 ? random.nextInt(331) : random.nextInt(25);
            if (random.nextInt(8) == 0) s.append('0');
            s.append(exponent);
        }
        return s.toString();
    }

    private static String space(SplittableRandom random) {
        return WHITESPACE[random.nextInt(WHITESPACE.length)];
    }

    /** The bytes with one or two bytes deleted, inserted or replaced. */
    static byte[] mutate(SplittableRandom random, byte[] bytes) {
        int edits = random.nextInt(1, 3);
        for (int i = 0; i < edits && bytes.length > 0; i++) {
            int at = random.nextInt(bytes.length);
            byte b = random.nextInt(5) == 0 ? HIGH_BYTES[random.nextInt(HIGH_BYTES.length)] : DAMAGE[random.nextInt(DAMAGE.length)];
            switch (random.nextInt(3)) {
                case 0 -> {
                    byte[] shorter = new byte[bytes.length - 1];
                    System.arraycopy(bytes, 0, shorter, 0, at);
                    System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                    bytes = shorter;
                }
                case 1 -> {
                    byte[] longer = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    longer[at] = b;
                    System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                    bytes = longer;
                }
                default -> bytes[at] = b;
            }
        }
        return bytes;
    }
}
