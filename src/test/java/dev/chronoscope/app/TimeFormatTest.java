package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimeFormatTest {
    /** What the window showed before: String.format of the value in the unit (below a minute). */
    private static String formatted(long ns) {
        if (Math.abs(ns) < 1_000) return ns + " ns";
        if (Math.abs(ns) < 1_000_000) return String.format("%.3f µs", ns / 1e3);
        if (Math.abs(ns) < 1_000_000_000) return String.format("%.3f ms", ns / 1e6);
        return String.format("%.6f s", ns / 1e9);
    }

    private static List<Long> samples() {
        List<Long> out = new ArrayList<>(List.of(0L, 999L, -999L, 1_000L, 1_001L, 999_999L, 1_000_000L, 1_000_499L,
                1_000_500L, 1_000_501L, 999_999_499L, 999_999_500L, 999_999_999L, 1_000_000_000L, 4_329_218_500L,
                -4_329_218_500L, 86_400_000_000_000L, (1L << 53) - 1, 1L << 53, Long.MAX_VALUE, Long.MIN_VALUE));
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 20_000; i++) {
            long magnitude = (long) Math.pow(10, random.nextInt(3, 16));
            long v = random.nextLong(magnitude);
            // Many on a rounding edge: ...500 ns below the last shown digit.
            if (i % 4 == 0) v = v / 1_000 * 1_000 + 500;
            out.add(random.nextBoolean() ? v : -v);
        }
        return out;
    }

    @Test
    void readsAsStringFormatWroteIt() {
        Locale was = Locale.getDefault(Locale.Category.FORMAT);
        try {
            for (Locale locale : List.of(Locale.US, Locale.GERMANY, Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("hi-IN-u-nu-deva"))) {
                Locale.setDefault(Locale.Category.FORMAT, locale);
                for (long ns : samples()) {
                    if (Math.abs(ns) < 59_999_999_500L) {
                        assertEquals(formatted(ns), TimeFormat.relative(ns), ns + " ns in " + locale);
                    }
                }
            }
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, was);
        }
    }

    @Test
    void fromAMinuteOnTimesReadAsAClock() {
        Locale was = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.US);
            assertEquals("59.999999 s", TimeFormat.relative(59_999_999_499L));
            assertEquals("1:00.000000", TimeFormat.relative(59_999_999_500L));
            assertEquals("1:02.345679", TimeFormat.relative(62_345_678_900L));
            assertEquals("-1:02.345679", TimeFormat.relative(-62_345_678_900L));
            assertEquals("59:59.999999", TimeFormat.relative(3_599_999_999_000L));
            assertEquals("1:00:00.000000", TimeFormat.relative(3_600_000_000_000L));
            assertEquals("3:25:07.000001", TimeFormat.relative((3 * 3600 + 25 * 60 + 7) * 1_000_000_000L + 1_000));
            assertEquals("24:00:00.000000", TimeFormat.relative(86_400_000_000_000L));
            assertEquals("2562047:47:16.854776", TimeFormat.relative(Long.MAX_VALUE));
            assertEquals("3600 s", TimeFormat.tick(3_600_000_000_000L));
            Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
            assertEquals("1:02,345679", TimeFormat.relative(62_345_678_900L));
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, was);
        }
    }

    @Test
    void timesFarApartReadAsTheirTrueDistance() {
        Locale was = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.US);
            assertEquals("16.549 ms", TimeFormat.since(1_016_549_000L, 1_000_000_000L));
            assertEquals("0 ns", TimeFormat.since(Long.MIN_VALUE, Long.MIN_VALUE));
            // 2^64 - 1 ns: one bogus time at each end of the range, which a subtraction wraps to -1.
            assertEquals("5124095:34:33.709552", TimeFormat.since(Long.MAX_VALUE, Long.MIN_VALUE));
            assertEquals("2562047:47:16.854776", TimeFormat.since(Long.MAX_VALUE, 0));
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, was);
        }
    }

    @Test
    void onlyMomentsOfThisEraReadAsWallClockTimes() {
        assertEquals("2023-11-14 22:13:20.000040123 UTC",
                TimeFormat.wallClock(1_700_000_000_000_040_123L).orElseThrow());
        assertEquals("2000-01-01 00:00:00.000000000 UTC", TimeFormat.wallClock(946_684_800_000_000_000L).orElseThrow());
        // Times since boot or since the log's start, and nonsense far in the future, are no moments.
        assertEquals(java.util.Optional.empty(), TimeFormat.wallClock(4_200_009_232L));
        assertEquals(java.util.Optional.empty(), TimeFormat.wallClock(Long.MAX_VALUE));
        assertEquals(java.util.Optional.empty(), TimeFormat.wallClock(Long.MIN_VALUE));
    }

    @Test
    void ticksDropTrailingZeros() {
        Locale was = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.US);
            assertEquals("0 ns", TimeFormat.tick(0));
            assertEquals("100 s", TimeFormat.tick(100_000_000_000L));
            assertEquals("1.5 µs", TimeFormat.tick(1_500));
            assertEquals("2 ms", TimeFormat.tick(2_000_000));
            assertEquals("1.25 s", TimeFormat.tick(1_250_000_000L));
            assertEquals("-20 µs", TimeFormat.tick(-20_000));
            Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
            assertEquals("1,5 µs", TimeFormat.tick(1_500));
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, was);
        }
    }
}
