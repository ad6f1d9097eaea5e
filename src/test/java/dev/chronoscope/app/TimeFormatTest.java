package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimeFormatTest {
    /** What the window showed before: String.format of the value in the unit. */
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
                for (long ns : samples()) assertEquals(formatted(ns), TimeFormat.relative(ns), ns + " ns in " + locale);
            }
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, was);
        }
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
