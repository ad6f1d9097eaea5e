package dev.chronoscope.app;

import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Times as the window shows them: relative to the log's first event, in ns, µs, ms or seconds, and
 * from a minute on as a clock reading ({@code 1:02.345678}, {@code 3:25:07.000001}), because
 * "12345.678901 s" makes a reader divide by 60 twice and no longer fits the time column. Written as
 * String.format("%.3f µs") and the like would write them (half up, the locale's decimal separator
 * and digits), but with integer arithmetic: String.format built a Formatter and decimal symbols for
 * every time column cell a cursor move showed.
 *
 * <p>Where a time reads as a moment of this era since the Unix epoch, {@link #wallClock} also names it
 * as a UTC date and time, which is what a user compares with other tools' logs.
 */
final class TimeFormat {
    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;
    /** Times between these (ns since the Unix epoch: 2000-01-01 and 2100-01-01) read as wall-clock moments. */
    private static final long WALL_CLOCK_FROM = 946_684_800L * SECOND;
    private static final long WALL_CLOCK_TO = 4_102_444_800L * SECOND;
    private static final DateTimeFormatter UTC_MOMENT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSS 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static volatile Symbols symbols;

    private TimeFormat() {}

    static String relative(long ns) {
        long abs = Math.abs(ns);
        if (abs < 1_000_000_000) return inUnit(ns);
        // Rounded to µs first, so 59.9999996 s reads as the clock "1:00.000000", never "60.000000 s".
        long micros = abs / 1_000 + (abs % 1_000 >= 500 ? 1 : 0);
        if (micros < 60_000_000L || ns == Long.MIN_VALUE) return inUnit(ns);
        return clock(ns < 0, micros);
    }

    /**
     * Marks the time an event without one is drawn at on a time axis: the time of the nearest
     * earlier event that has one (ADR 0007), "≈ 12.000 µs", told apart from a time of its own.
     */
    static final String PLACED = "≈ ";

    /** {@link #since} for an event without a time, at the time the timeline places it: "≈ 12.000 µs". */
    static String placed(long placed, long origin) {
        return PLACED + since(placed, origin);
    }

    /**
     * {@link #relative} of time since origin, for origin at or before time: the log's first time.
     * Timestamps more than 292 years apart (a bogus time at either end of the long range) make
     * a difference past Long.MAX_VALUE, read here unsigned instead of as a negative number.
     */
    static String since(long time, long origin) {
        long ns = time - origin;
        if (ns >= 0 || time < origin) return relative(ns);
        long micros = Long.divideUnsigned(ns, 1_000) + (Long.remainderUnsigned(ns, 1_000) >= 500 ? 1 : 0);
        return clock(false, micros);
    }

    /** ns in the largest unit up to seconds that keeps it at least 1. */
    private static String inUnit(long ns) {
        long abs = Math.abs(ns);
        if (abs < 1_000) return ns + " ns";
        if (abs < 1_000_000) return decimal(ns, 1, 3) + " µs";
        if (abs < 1_000_000_000) return decimal(ns, 1_000, 3) + " ms";
        if (abs >= 1L << 53) return String.format("%.6f s", ns / 1e9);
        return decimal(ns, 1_000, 6) + " s";
    }

    /** A duration of at least a minute as [h:]mm:ss.ffffff, hours unbounded (2^64 ns is 5124095 h). */
    private static String clock(boolean negative, long micros) {
        long seconds = micros / 1_000_000;
        long hours = seconds / 3_600;
        int minutes = (int) (seconds / 60 % 60);
        int secs = (int) (seconds % 60);
        StringBuilder s = new StringBuilder(24);
        if (negative) s.append('-');
        if (hours > 0) s.append(hours).append(':').append(minutes < 10 ? "0" : "");
        s.append(minutes).append(':').append(secs < 10 ? "0" : "").append(secs);
        String fraction = Long.toString(micros % 1_000_000);
        Symbols sym = symbols();
        s.append(sym.decimalSeparator);
        for (int i = fraction.length(); i < 6; i++) s.append('0');
        s.append(fraction);
        return localDigits(s, sym);
    }

    /**
     * The moment ns since the Unix epoch names, as a UTC date and time to the ns; empty when the
     * value is no moment of this era (a log's times counted from its own start, or from boot).
     */
    static Optional<String> wallClock(long ns) {
        if (ns < WALL_CLOCK_FROM || ns >= WALL_CLOCK_TO) return Optional.empty();
        return Optional.of(UTC_MOMENT.format(Instant.ofEpochSecond(ns / SECOND, ns % SECOND)));
    }

    /**
     * An axis label: in a unit up to seconds (never a clock: ticks fall on round decimal steps, and
     * "1:40" says less about a 100 s step than "100 s"), without trailing zeros, where
     * "100.000000 s" says less than "100 s".
     */
    static String tick(long ns) {
        String full = inUnit(ns);
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
        return localDigits(s, sym);
    }

    private static String localDigits(StringBuilder s, Symbols sym) {
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
