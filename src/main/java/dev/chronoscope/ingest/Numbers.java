package dev.chronoscope.ingest;

import dev.chronoscope.event.Severity;

/** Small number readings for the mapper, without exceptions on the hot path. */
final class Numbers {
    static final long NOT_A_LONG = Long.MIN_VALUE;

    private Numbers() {}

    /**
     * A decimal number as logs put it in quotes: optional sign, digits with an optional point (or a
     * point and digits), optional exponent. Strict, because every string it accepts goes on to
     * {@link Double#parseDouble}, which must not throw on a value such as {@code 2023-11-14}.
     */
    static boolean looksNumeric(String s) {
        int n = s.length();
        if (n == 0 || n > 40) return false;
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        int integerDigits = skipDigits(s, i) - i;
        i += integerDigits;
        int fractionDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            fractionDigits = skipDigits(s, i + 1) - (i + 1);
            i += 1 + fractionDigits;
        }
        if (integerDigits + fractionDigits == 0) return false;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int exponentStart = i + 1 < n && (s.charAt(i + 1) == '-' || s.charAt(i + 1) == '+') ? i + 2 : i + 1;
            i = skipDigits(s, exponentStart);
            if (i == exponentStart) return false;
        }
        return i == n;
    }

    private static int skipDigits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        return i;
    }

    /** The value of an optionally signed run of decimal digits; {@link #NOT_A_LONG} otherwise. */
    static long parseLong(String s) {
        int n = s.length();
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        if (i == n || n - i > 19) return NOT_A_LONG;
        long v = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9' || v > (Long.MAX_VALUE - (c - '0')) / 10) return NOT_A_LONG;
            v = v * 10 + (c - '0');
        }
        return s.charAt(0) == '-' ? -v : v;
    }

    /** {@link #parseLong(String)} of a range of characters (a parser's own buffer: no String made). */
    static long parseLong(char[] chars, int offset, int count) {
        int end = offset + count;
        int i = count > 0 && (chars[offset] == '-' || chars[offset] == '+') ? offset + 1 : offset;
        if (i == end || end - i > 19) return NOT_A_LONG;
        int safeEnd = Math.min(end, i + 18); // 18 digits cannot overflow: the check is for the 19th only
        long v = 0;
        for (; i < safeEnd; i++) {
            int d = chars[i] - '0';
            if (d < 0 || d > 9) return NOT_A_LONG;
            v = v * 10 + d;
        }
        if (i < end) {
            int d = chars[i] - '0';
            if (d < 0 || d > 9 || v > (Long.MAX_VALUE - d) / 10) return NOT_A_LONG;
            v = v * 10 + d;
        }
        return chars[offset] == '-' ? -v : v;
    }

    /**
     * A numeric level: syslog 0 (emergency) .. 7 (debug), or the bunyan/pino scale 10 (trace),
     * 20, 30 (info), 40, 50 (error), 60 (fatal); null for other numbers.
     */
    static Severity severity(long level) {
        if (level >= 0 && level <= 7) return Severity.fromSyslog((int) level);
        if (level < 10 || level > 69) return null;
        if (level < 20) return Severity.TRACE;
        if (level < 30) return Severity.DEBUG;
        if (level < 40) return Severity.INFO;
        if (level < 50) return Severity.WARN;
        if (level < 60) return Severity.ERROR;
        return Severity.CRITICAL;
    }
}
