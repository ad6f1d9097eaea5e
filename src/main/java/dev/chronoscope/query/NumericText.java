package dev.chronoscope.query;

/**
 * Recognises numeric strings without throwing, because fields such as {@code "pid": "1234"} are
 * compared numerically on every evaluation and exceptions would make a filter pass slow.
 */
final class NumericText {
    private NumericText() {}

    /** Matches {@code [-+]?(digits[.digits]|.digits)([eE][-+]?digits)?}, surrounding spaces allowed. */
    static boolean isNumeric(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) == ' ') i++;
        while (n > i && s.charAt(n - 1) == ' ') n--;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) i++;
        int digits = 0;
        while (i < n && Character.isDigit(s.charAt(i))) { i++; digits++; }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(s.charAt(i))) { i++; digits++; }
        }
        if (digits == 0) return false;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) i++;
            int exp = 0;
            while (i < n && Character.isDigit(s.charAt(i))) { i++; exp++; }
            if (exp == 0) return false;
        }
        return i == n;
    }

    /** True when a numeric string is a plain integer short enough to parse as a long. */
    static boolean isSmallInteger(String s) {
        String t = s.trim();
        int start = (t.startsWith("-") || t.startsWith("+")) ? 1 : 0;
        if (t.length() - start > 18) return false;
        for (int i = start; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) return false;
        }
        return t.length() > start;
    }
}
