package dev.chronoscope.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Trace and span ids held as numbers while spans wait to be sorted (a trace id as two longs, a
 * span id as one; 0 is OTLP's "no id"): 8 bytes instead of a 16- or 32-digit String, compared and
 * hashed without touching characters. They become lower-case hex again when a span is emitted.
 */
final class OtlpIds {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private OtlpIds() {}

    private static final byte[] LOWER_HEX_DIGITS = new byte[128];

    static {
        java.util.Arrays.fill(LOWER_HEX_DIGITS, (byte) -1);
        for (int d = 0; d < 16; d++) LOWER_HEX_DIGITS[HEX[d]] = (byte) d;
    }

    /**
     * The value of a lower-case hex digit, the normal form (an id in it reads the same as a number
     * and as text; anything else goes through {@link OtlpValues#optionalId}); -1 for any other char.
     */
    static int lowerHexDigit(char c) {
        return c < 128 ? LOWER_HEX_DIGITS[c] : -1;
    }

    /** Up to 16 hex digits of a string already normalised by {@link OtlpValues#optionalId}. */
    static long parse(String hex, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) v = (v << 4) | Character.digit(hex.charAt(i), 16);
        return v;
    }

    /** A span id as 16 lower-case hex digits. */
    static String hex(long id) {
        byte[] out = new byte[16];
        put(id, out, 0);
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    /** A trace id as 32 lower-case hex digits. */
    static String hex(long high, long low) {
        byte[] out = new byte[32];
        put(high, out, 0);
        put(low, out, 16);
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    private static void put(long v, byte[] out, int at) {
        for (int i = 15; i >= 0; i--) {
            out[at + i] = HEX[(int) (v & 0xf)];
            v >>>= 4;
        }
    }
}
