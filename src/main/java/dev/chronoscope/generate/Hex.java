package dev.chronoscope.generate;

/**
 * Deterministic hex identifiers (hashes, addresses, signatures) derived from a seed and a counter
 * with the SplitMix64 finaliser: they look random, never collide in practice, and cost no state.
 */
final class Hex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {}

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** {@code hexDigits} hex characters (a multiple of 16 is cheapest) from (salt, n). */
    static String of(long salt, long n, int hexDigits, boolean prefix) {
        char[] c = new char[hexDigits + (prefix ? 2 : 0)];
        int p = 0;
        if (prefix) {
            c[p++] = '0';
            c[p++] = 'x';
        }
        long word = 0;
        for (int i = 0; i < hexDigits; i++) {
            if (i % 16 == 0) word = mix(salt * 0x9E3779B97F4A7C15L + n * 31 + i);
            c[p++] = DIGITS[(int) (word >>> 60)];
            word <<= 4;
        }
        return new String(c);
    }
}
