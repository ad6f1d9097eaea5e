package dev.chronoscope.event;

/**
 * Strings made from numbers that repeat (pids as lanes, ids in state paths), kept in a small
 * direct-mapped cache: a log names the same few thousand numbers millions of times, and a repeat
 * then costs no new string, and hands its users the same instance, whose hash is already
 * computed. A number that collides with another simply replaces it. Not thread-safe; keep one per
 * reader or fold.
 */
public final class NumberStrings {
    private final int shift;
    private final long[] numbers;
    private final String[] strings;

    /** @param bits the cache holds 2^bits strings */
    public NumberStrings(int bits) {
        shift = 32 - bits;
        numbers = new long[1 << bits];
        strings = new String[1 << bits];
    }

    /** The string kept for n, or null. */
    public String get(long n) {
        int slot = slot(n);
        String s = strings[slot];
        return s != null && numbers[slot] == n ? s : null;
    }

    /** Keeps made as the string of n; returns it. */
    public String put(long n, String made) {
        int slot = slot(n);
        numbers[slot] = n;
        strings[slot] = made;
        return made;
    }

    private int slot(long n) {
        return (int) (n ^ (n >>> 32)) * 0x9E3779B9 >>> shift;
    }
}
