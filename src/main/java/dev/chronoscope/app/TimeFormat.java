package dev.chronoscope.app;

import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Times as the window shows them: relative to the log's first event, in ns, µs, ms or seconds.
 * Written as String.format("%.3f µs") and the like would write them (half up, the locale's decimal
 * separator and digits), but with integer arithmetic: String.format built a Formatter and decimal
 * symbols for every time column cell a cursor move showed.
 */
final class TimeFormat {
    /** Above this many ns a double no longer holds the exact value: leave those to String.format. */
    private static final long EXACT = 1L << 53;
    private static volatile Symbols symbols;

    private TimeFormat() {}

    static String relative(long ns) {
        long abs = Math.abs(ns);
        if (abs < 1_000) return ns + " ns";
        if (abs < 1_000_000) return decimal(ns, 1, 3) + " µs";
        if (abs < 1_000_000_000) return decimal(ns, 1_000, 3) + " ms";
        if (abs >= EXACT) return String.format("%.6f s", ns / 1e9);
        return decimal(ns, 1_000, 6) + " s";
    }

    /**
     * As {@link #relative}, without trailing zeros: an axis label. Ticks fall on round values,
     * where "100.000000 s" says less than "100 s".
     */
    static String tick(long ns) {
        String full = relative(ns);
        int unit = full.lastIndexOf(' ');
        char separator = symbols().decimalSeparator;
        char zero = symbols().zero;
        int dot = full.lastIndexOf(separator, unit);
        if (dot < 0) return full;
        int end = unit;
        while (end > dot + 1 && full.charAt(end - 1) == zero) end--;
        if (end == dot + 1) end = dot;
        return full.substring(0, end) + full.substring(unit);
    }

    /** ns in units of step ns (rounded half up), shown with places decimals. */
    private static String decimal(long ns, long step, int places) {
        long units = (Math.abs(ns) + step / 2) / step;
        long scale = places == 3 ? 1_000 : 1_000_000;
        String fraction = Long.toString(units % scale);
        StringBuilder s = new StringBuilder(24);
        if (ns < 0) s.append('-');
        s.append(units / scale);
        Symbols sym = symbols();
        s.append(sym.decimalSeparator);
        for (int i = fraction.length(); i < places; i++) s.append('0');
        s.append(fraction);
        if (sym.zero != '0') {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9') s.setCharAt(i, (char) (sym.zero + (c - '0')));
            }
        }
        return s.toString();
    }

    /** The default locale's separator and zero digit, looked up again only when the locale changes. */
    private static Symbols symbols() {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        Symbols s = symbols;
        if (s == null || !s.locale.equals(locale)) {
            DecimalFormatSymbols d = DecimalFormatSymbols.getInstance(locale);
            s = new Symbols(locale, d.getDecimalSeparator(), d.getZeroDigit());
            symbols = s;
        }
        return s;
    }

    private record Symbols(Locale locale, char decimalSeparator, char zero) {}
}
