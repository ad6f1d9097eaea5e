package dev.chronoscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import dev.chronoscope.event.Severity;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timeline axis the store chooses at ingest: by offset for a log mostly without times, by time
 * otherwise with events lacking one placed beside their predecessors; in both, every event counts
 * in the density.
 */
class TimelineAxisTest {
    @TempDir
    Path dir;

    private static Event event(long offset, long time, String lane, Severity severity) {
        return new Event(offset, time, "T", lane, severity, null, Event.NO_DURATION, null, null, null,
                TestEvents.JSON.createObjectNode().put("i", offset), null, offset + 1);
    }

    /** Writes n events on lanes L0..L3 (i % 4) with the given times (NO_TIME for none); event errorAt is an ERROR. */
    private LogStore store(String name, int n, LongUnaryOperator timeOf, long errorAt) {
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fp = TestEvents.fingerprint(name);
        try (LogStoreWriter w = catalog.create(fp, 0)) {
            for (int i = 0; i < n; i++) {
                w.append(event(i, timeOf.applyAsLong(i), "L" + (i % 4), i == errorAt ? Severity.ERROR : Severity.INFO));
            }
            w.commit().close();
        }
        return catalog.openComplete(fp).orElseThrow();
    }

    @Test
    void aLogWithoutTimesIsLaidOutByOffset() {
        int n = 3 * TimeLaneWriter.BLOCK + 50;
        try (LogStore s = store("timeless", n, i -> Event.NO_TIME, 777)) {
            TimelineAxis axis = s.axis();
            assertTrue(axis.byOffset());
            for (long k : new long[] {0, 1, 1023, 1024, 2500, n - 1}) assertEquals(k, axis.position(k));
            assertThrows(IndexOutOfBoundsException.class, () -> axis.position(n));
            assertEquals(0, axis.offsetAtPosition(-5));
            assertEquals(123, axis.offsetAtPosition(123));
            assertEquals(n, axis.offsetAtPosition(n + 10));
            assertEquals(Event.NO_TIME, s.minTime());
            assertEquals(Event.NO_TIME, s.maxTime());

            DensityPyramid d = axis.density();
            assertEquals(0, d.min());
            assertEquals(n - 1, d.max());
            assertEquals(n, sum(d.sample(-1, 0, n, 97).counts()));
            // One output bucket per offset: each event sits exactly at its own offset on its own lane.
            DensityPyramid.Density lane1 = d.sample(1, 0, n, n);
            for (int k = 0; k < n; k++) assertEquals(k % 4 == 1 ? 1 : 0, lane1.counts()[k], "offset " + k);
            assertEquals(Severity.ERROR.ordinal(), lane1.worstSeverity()[777]);
            assertEquals(Severity.INFO.ordinal(), lane1.worstSeverity()[781]);
            assertEquals(-1, lane1.worstSeverity()[780], "an offset of another lane is empty on this one");
        }
    }

    /** The writer's rule: by time as long as at least half of the events carry one. */
    @Test
    void theAxisIsByOffsetOnlyWhenFewerThanHalfHaveATime() {
        assertFalse(TimelineAxis.byOffset(0, 0), "an empty log keeps the time axis");
        assertFalse(TimelineAxis.byOffset(50, 100));
        assertTrue(TimelineAxis.byOffset(49, 100));
        assertTrue(TimelineAxis.byOffset(0, 1));

        TimelineAxisBuilder half = new TimelineAxisBuilder();
        for (int i = 0; i < 10; i++) half.add(0, i % 2 == 0 ? 1_000L * i : Event.NO_TIME, 2);
        assertFalse(half.byOffset());
        half.add(0, Event.NO_TIME, 2);
        assertTrue(half.byOffset());
    }

    /** Two in five events with a time: laid out by offset, and the times the log has are still reported. */
    @Test
    void aLogMostlyWithoutTimesIsLaidOutByOffsetWithItsTimesKept() {
        int n = 2_000;
        try (LogStore s = store("mostly-timeless", n, i -> i % 5 < 2 ? 5_000L + i : Event.NO_TIME, -1)) {
            assertTrue(s.axis().byOffset());
            assertEquals(1_500, s.axis().position(1_500));
            assertEquals(5_000, s.minTime());
            assertEquals(5_000 + 1_996, s.maxTime());
            assertEquals(n, sum(s.axis().density().sample(-1, 0, n, 50).counts()));
        }
    }

    /**
     * Mostly timed, with a run without times before the first time (longer than a block) and runs
     * across block boundaries: each such event sits at the last time before it, those before any at
     * the first time, and every one of them counts in the density there.
     */
    @Test
    void eventsWithoutTimeInATimedLogArePlacedAtTheLastTimeBeforeThem() {
        int prefix = TimeLaneWriter.BLOCK + 200;
        int n = 8 * TimeLaneWriter.BLOCK;
        long base = 1_000_000;
        LongUnaryOperator timeOf = i -> i < prefix || (i >= 2040 && i < 2060) || (i >= 4090 && i < 4200) ? Event.NO_TIME
                : base + 10L * i;
        long[] placed = new long[n];
        long last = base + 10L * prefix;
        for (int i = 0; i < n; i++) {
            long t = timeOf.applyAsLong(i);
            if (t != Event.NO_TIME) last = t;
            placed[i] = last;
        }
        try (LogStore s = store("partly-timed", n, timeOf, 2045)) {
            TimelineAxis axis = s.axis();
            assertFalse(axis.byOffset());
            for (int i = 0; i < n; i++) assertEquals(placed[i], axis.position(i), "position of " + i);
            assertEquals(Event.NO_TIME, s.time(0), "placing does not invent times");
            assertEquals(0, axis.offsetAtPosition(base + 10L * prefix), "the waiting events come first");
            assertEquals(prefix + 1, axis.offsetAtPosition(base + 10L * prefix + 1));
            assertEquals(2039, axis.offsetAtPosition(base + 10L * 2039), "a run sits with the event before it");
            assertEquals(2060, axis.offsetAtPosition(base + 10L * 2039 + 1));
            assertEquals(4200, axis.offsetAtPosition(base + 10L * 4089 + 1));

            DensityPyramid d = axis.density();
            assertEquals(base + 10L * prefix, d.min());
            assertEquals(n, sum(d.sample(-1, d.min(), d.max() + 1, 300).counts()), "nothing lost");
            for (int lane = 0; lane < 4; lane++) assertEquals(n / 4, sum(d.sample(lane, d.min(), d.max() + 1, 7).counts()));
            DensityPyramid.Density first = d.sample(-1, d.min(), d.min() + 1, 1);
            assertEquals(prefix + 1, first.counts()[0], "the prefix waits for the first time, then counts with it");
            DensityPyramid.Density run = d.sample(-1, base + 10L * 2039, base + 10L * 2039 + 1, 1);
            assertEquals(21, run.counts()[0], "event 2039 and the run after it");
            assertEquals(Severity.ERROR.ordinal(), run.worstSeverity()[0]);
        }
    }

    /**
     * One event per offset is an even density; sampled at any width that does not divide the stored
     * power-of-two buckets it must stay even, not alternate between one and two buckets' worth.
     */
    @Test
    void anOffsetAxisSamplesEvenlyAtAnyWidth() {
        DensityBuilder b = new DensityBuilder();
        int n = 300_000;
        for (int i = 0; i < n; i++) b.add(i % 16, i, 2);
        TreeMap<Long, byte[]> map = new TreeMap<>();
        StoredDensity d = new StoredDensity(map, b.finish(map), StoredDensity.KEPT_BUCKETS, true);
        for (int width : new int[] {1320, 977, 100}) {
            long[] counts = d.sample(-1, 0, n, width).counts();
            assertEquals(n, sum(counts), width + " columns");
            double even = (double) n / width;
            for (int x = 0; x < width; x++) {
                assertTrue(Math.abs(counts[x] - even) <= 1.5, "column " + x + " of " + width + ": " + counts[x] + " for " + even);
            }
        }
        // Lane 3 has 7 events in [100003, 100103); inside a stored bucket they are taken as even.
        long inWindow = sum(d.sample(3, 100_003, 100_103, 640).counts());
        assertTrue(inWindow >= 5 && inWindow <= 8, "a zoomed window counts about the lane's events in it: " + inWindow);
    }

    /**
     * Zoomed in past one offset per column (a wide window on a few thousand events) while the stored
     * buckets are wider than one offset, each event still lands in the column over its own offset:
     * spreading a stored bucket must not fall behind the columns that hold no offset.
     */
    @Test
    void anOffsetAxisZoomedPastOneOffsetPerColumnPlacesEachEventUnderItsOffset() {
        DensityBuilder b = new DensityBuilder();
        int n = 300_000;
        for (int i = 0; i < n; i++) b.add(i % 16, i, 2);
        TreeMap<Long, byte[]> map = new TreeMap<>();
        StoredDensity d = new StoredDensity(map, b.finish(map), StoredDensity.KEPT_BUCKETS, true);
        long[] tenOverThousand = d.sample(-1, 100_000, 100_010, 1_000).counts();
        for (int x = 0; x < 1_000; x++) {
            assertEquals(x % 100 == 0 ? 1 : 0, tenOverThousand[x], "column " + x + " of 10 offsets over 1,000 columns");
        }
        // 2,500 offsets over 3,000 columns, as a wide screen shows them: no column holds two, none is skipped twice.
        long[] wide = d.sample(-1, 150_000, 152_500, 3_000).counts();
        assertEquals(2_500, sum(wide));
        for (int k = 0; k < 2_500; k++) {
            assertEquals(1, wide[(int) Math.floor(k * 3_000.0 / 2_500)], "the column of offset " + (150_000 + k));
        }
    }

    /**
     * Events one per µs at nanoseconds since the epoch (about 1.8e18, where doubles are 256 apart)
     * and near either end of the long range (2048 apart) are counted in the same columns as the same
     * events near zero (the bases keep the stored buckets' alignment).
     */
    @Test
    void timesFarFromZeroFallInTheSameColumnsAsNearZero() {
        long[] nearZero = columns(0);
        long aligned = ~((1L << 20) - 1);
        for (long base : new long[] {1_763_650_000_000_000_432L & aligned, (Long.MAX_VALUE - (1L << 21)) & aligned,
                Long.MIN_VALUE + (1L << 20)}) {
            assertArrayEquals(nearZero, columns(base), "from " + base);
        }
    }

    /** 1,000 events 1 µs apart from base, sampled at 640 columns. */
    private static long[] columns(long base) {
        DensityBuilder b = new DensityBuilder();
        int n = 1_000;
        for (int i = 0; i < n; i++) b.add(0, base + i * 1_000L + 300, 2);
        TreeMap<Long, byte[]> map = new TreeMap<>();
        StoredDensity d = new StoredDensity(map, b.finish(map));
        long[] counts = d.sample(-1, base, base + n * 1_000L, 640).counts();
        assertEquals(n, sum(counts));
        return counts;
    }

    private static long sum(long[] a) {
        long s = 0;
        for (long v : a) s += v;
        return s;
    }
}
