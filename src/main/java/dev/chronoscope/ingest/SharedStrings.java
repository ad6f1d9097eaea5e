package dev.chronoscope.ingest;

/**
 * One String for each of the values that repeat across many records (span names), found from a
 * String or straight from a parser's characters. A direct-mapped table: a clash just replaces the
 * entry, so it costs no allocation on a hit and never grows.
 */
final class SharedStrings {
    private final String[] table;

    /** {@code size} must be a power of two. */
    SharedStrings(int size) {
        table = new String[size];
    }

    String of(String s) {
        int slot = s.hashCode() & (table.length - 1);
        String known = table[slot];
        if (s.equals(known)) return known;
        table[slot] = s;
        return s;
    }

    String of(char[] chars, int offset, int count) {
        int h = 0;
        for (int i = offset; i < offset + count; i++) h = 31 * h + chars[i];
        int slot = h & (table.length - 1); // String.hashCode of the same characters: both ways meet in one slot
        String known = table[slot];
        if (known != null && matches(known, chars, offset, count)) return known;
        String s = new String(chars, offset, count);
        table[slot] = s;
        return s;
    }

    private static boolean matches(String s, char[] chars, int offset, int count) {
        if (s.length() != count) return false;
        for (int i = 0; i < count; i++) if (s.charAt(i) != chars[offset + i]) return false;
        return true;
    }
}
