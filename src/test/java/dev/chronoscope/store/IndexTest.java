package dev.chronoscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import dev.chronoscope.event.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexTest {
    @TempDir
    Path dir;

    private static Event event(long offset, long time, String lane, String id, Severity severity) {
        return new Event(offset, time, "T", lane, severity, id, Event.NO_DURATION, null, null, null,
                TestEvents.JSON.createObjectNode().put("i", offset), null, offset + 1);
    }

    @Test
    void idIndexSeesDuplicatesAcrossFlushedRunsAndTheBuffer() {
        IdIndexWriter ids = new IdIndexWriter(new TreeMap<>(), new TreeMap<>(), 64);
        List<List<Long>> expected = new ArrayList<>();
        for (int k = 0; k < 50; k++) expected.add(new ArrayList<>());
        long duplicates = 0;
        Random r = new Random(2);
        for (long offset = 0; offset < 1000; offset++) {
            int k = r.nextInt(50);
            if (!expected.get(k).isEmpty()) duplicates++;
            expected.get(k).add(offset);
            ids.add("id-" + k, offset);
            if (offset % 97 == 0) {
                for (int j = 0; j < 50; j++) {
                    assertArrayEquals(expected.get(j).stream().mapToLong(Long::longValue).toArray(),
                            ids.offsetsSoFar("id-" + j), "so far, id-" + j + " at " + offset);
                }
            }
        }
        assertEquals(duplicates, ids.duplicates());
        assertEquals(firstRepeat(expected), ids.firstDuplicate(), "found across runs and the buffer");
        assertEquals(0, ids.offsetsSoFar("unknown").length);
    }

    /** The repeat with the lowest offset, paired with the occurrence just before it. */
    private static DuplicateId firstRepeat(List<List<Long>> offsetsById) {
        DuplicateId first = null;
        for (List<Long> offsets : offsetsById) {
            if (offsets.size() > 1 && (first == null || offsets.get(1) < first.offset())) {
                first = new DuplicateId(offsets.get(1), offsets.get(0));
            }
        }
        return first;
    }

    @Test
    void idIndexAnswersAfterCountingDuplicatesSortedItsBufferAndMergesTheBufferFromMemory() {
        TreeMap<Long, byte[]> index = new TreeMap<>();
        IdIndexWriter ids = new IdIndexWriter(new TreeMap<>(), index, 64);
        List<List<Long>> expected = new ArrayList<>();
        for (int k = 0; k < 20; k++) expected.add(new ArrayList<>());
        long duplicates = 0;
        Random r = new Random(5);
        for (long offset = 0; offset < 150; offset++) {
            int k = r.nextInt(20);
            if (!expected.get(k).isEmpty()) duplicates++;
            expected.get(k).add(offset);
            ids.add("id-" + k, offset);
            if (offset % 31 == 0) assertEquals(duplicates, ids.duplicates(), "duplicates at " + offset);
            for (int j = 0; j < 20; j++) {
                assertArrayEquals(expected.get(j).stream().mapToLong(Long::longValue).toArray(),
                        ids.offsetsSoFar("id-" + j), "so far, id-" + j + " at " + offset);
            }
        }
        assertEquals(duplicates, ids.duplicates());
        HashRun merged = ids.finish();
        assertEquals(150, merged.entries);
        BlockCache<long[][]> cache = new BlockCache<>(4);
        for (int j = 0; j < 20; j++) {
            LongBuf stored = new LongBuf();
            merged.lookup(IdHash.of("id-" + j), index, cache, stored);
            assertArrayEquals(expected.get(j).stream().mapToLong(Long::longValue).toArray(), stored.toArray(), "id-" + j);
        }
    }

    @Test
    void storeIdIndexAndDuplicates() {
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fp = TestEvents.fingerprint("ids");
        String[] ids = {"a", "b", "a", null, "c", "a", "", "b"};
        try (LogStoreWriter w = catalog.create(fp, 0)) {
            for (int i = 0; i < ids.length; i++) {
                w.append(event(i, i * 10L, "L", ids[i], Severity.INFO));
                if (i == 4) assertArrayEquals(new long[] {0, 2}, w.offsetsOfIdSoFar("a"));
            }
            assertArrayEquals(new long[] {0, 2, 5}, w.offsetsOfIdSoFar("a"));
            assertEquals(3, w.duplicateIds());
            assertEquals(new DuplicateId(2, 0), w.firstDuplicateId(), "the first repeat in log order, and its twin");
            w.append(event(ids.length, 100, "L", "c", Severity.INFO));
            assertEquals(4, w.duplicateIds());
            w.commit().close();
        }
        try (LogStore s = catalog.openComplete(fp).orElseThrow()) {
            assertArrayEquals(new long[] {0, 2, 5}, s.offsetsOfId("a"));
            assertArrayEquals(new long[] {1, 7}, s.offsetsOfId("b"));
            assertArrayEquals(new long[] {4, 8}, s.offsetsOfId("c"));
            assertArrayEquals(new long[] {6}, s.offsetsOfId(""));
            assertArrayEquals(new long[0], s.offsetsOfId("zzz"));
        }
    }

    /**
     * A log mostly with times is laid out by time; an event without one is placed at the last time
     * before it, and the offset lookup finds the first event placed at or after a time.
     */
    @Test
    void offsetAtPositionFindsTheFirstEventPlacedAtOrAfter() {
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fp = TestEvents.fingerprint("times");
        int n = TimeLaneWriter.BLOCK * 2 + 100;
        long[] times = new long[n];
        Random r = new Random(4);
        try (LogStoreWriter w = catalog.create(fp, 0)) {
            for (int i = 0; i < n; i++) {
                times[i] = i % 50 == 7 ? Event.NO_TIME : i * 100L + (i % 13 == 0 ? -r.nextInt(5000) : 0);
                w.append(event(i, times[i], "L" + (i % 3), null, Severity.INFO));
            }
            w.commit().close();
        }
        long[] placed = new long[n];
        for (int i = 0; i < n; i++) placed[i] = times[i] != Event.NO_TIME ? times[i] : placed[i - 1];
        try (LogStore s = catalog.openComplete(fp).orElseThrow()) {
            TimelineAxis axis = s.axis();
            assertFalse(axis.byOffset());
            for (int i = 0; i < n; i++) {
                assertEquals(times[i], s.time(i));
                assertEquals(placed[i], axis.position(i), "position of " + i);
            }
            for (int q = 0; q < 300; q++) {
                long t = r.nextInt(n * 100 + 500) - 200;
                long expected = n;
                for (int i = 0; i < n; i++) {
                    if (placed[i] >= t) {
                        expected = i;
                        break;
                    }
                }
                assertEquals(expected, axis.offsetAtPosition(t), "time " + t);
            }
            assertEquals(n, axis.offsetAtPosition(Long.MAX_VALUE));
            assertEquals(List.of("L0", "L1", "L2"), s.lanes());
            assertEquals(2, s.laneIndex(5));
        }
    }

    /** Nothing is lost: events without a time count where the axis places them. */
    @Test
    void densitySamplesSumToTheEventCounts() {
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fp = TestEvents.fingerprint("density");
        int n = 20_000;
        long[] perLane = new long[3];
        Random r = new Random(9);
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        try (LogStoreWriter w = catalog.create(fp, 0)) {
            for (int i = 0; i < n; i++) {
                long t = i % 100 == 5 ? Event.NO_TIME : 1_000_000_000L + i * 1_000_000L + r.nextInt(3_000_000);
                int lane = i % 3;
                Severity sev = i == 1234 ? Severity.CRITICAL : Severity.INFO;
                w.append(event(i, t, "L" + lane, null, sev));
                perLane[lane]++;
                if (t != Event.NO_TIME) {
                    min = Math.min(min, t);
                    max = Math.max(max, t);
                }
            }
            w.commit().close();
        }
        try (LogStore s = catalog.openComplete(fp).orElseThrow()) {
            DensityPyramid d = s.axis().density();
            assertEquals(min, d.min());
            assertEquals(max, d.max());
            assertEquals(min, s.minTime());
            assertEquals(max, s.maxTime());
            for (int buckets : new int[] {1, 7, 100, 1000, 100_000}) {
                DensityPyramid.Density all = d.sample(-1, min, max + 1, buckets);
                assertEquals(n, sum(all.counts()), buckets + " buckets");
                for (int lane = 0; lane < 3; lane++) {
                    assertEquals(perLane[lane], sum(d.sample(lane, min, max + 1, buckets).counts()), "lane " + lane);
                }
            }
            DensityPyramid.Density coarse = d.sample(-1, min, max + 1, 10);
            int critical = 0;
            for (byte b : coarse.worstSeverity()) if (b == Severity.CRITICAL.ordinal()) critical++;
            assertEquals(1, critical);
            DensityPyramid.Density outside = d.sample(0, max + 1_000_000_000L, max + 2_000_000_000L, 4);
            assertEquals(0, sum(outside.counts()));
            assertArrayEquals(new byte[] {-1, -1, -1, -1}, outside.worstSeverity());
            assertEquals(0, sum(d.sample(7, min, max, 4).counts()));
        }
    }

    @Test
    void densityBuilderCoarsensWithoutLosingEvents() {
        DensityBuilder b = new DensityBuilder();
        Random r = new Random(1);
        long count = 0;
        int width = 1 << 24;
        int buckets = (int) ((2L * DensityBuilder.LIMIT * 977) / width) + 1;
        long[] lane2 = new long[buckets];
        for (int i = 0; i < 2 * DensityBuilder.LIMIT; i++) {
            long t = Math.max(0, i * 977L + (i % 10 == 0 ? -r.nextInt(1_000_000) : 0));
            b.add(i % 5, t, i % 6);
            if (i % 5 == 2) lane2[(int) (t / width)]++;
            count++;
        }
        TreeMap<Long, byte[]> map = new TreeMap<>();
        StoredDensity d = new StoredDensity(map, b.finish(map));
        assertEquals(count, sum(d.sample(-1, d.min(), d.max() + 1, 333).counts()));
        assertEquals(count, sum(d.sample(-1, d.min(), d.max() + 1, 3).counts()));
        // output buckets aligned with stored ones: every count lands exactly where it belongs
        assertArrayEquals(lane2, d.sample(2, 0, (long) buckets * width, buckets).counts());
    }

    /**
     * A lane per event (lanes that are request ids): the table once filled up and looped forever,
     * and before that every coarsening left one bucket per lane, so the whole log's overview
     * ended as a single bucket.
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 30, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aLanePerEventKeepsTheOverviewFineAndEnds() {
        DensityBuilder b = new DensityBuilder();
        int events = 3 * DensityBuilder.LIMIT;
        for (int i = 0; i < events; i++) b.add(i, i * 1_000L, i % 6);
        TreeMap<Long, byte[]> map = new TreeMap<>();
        StoredDensity d = new StoredDensity(map, b.finish(map));
        long[] overview = d.sample(-1, 0, events * 1_000L, 96).counts();
        assertEquals(events, sum(overview));
        // Even, up to the stored power-of-two buckets falling across the 96 asked for.
        for (long c : overview) {
            assertTrue(c > events / 96 / 3 && c < events / 96 * 3, "an even overview: " + java.util.Arrays.toString(overview));
        }
        for (int lane : new int[] {0, 1, events / 2, events - 1}) {
            assertEquals(1, sum(d.sample(lane, 0, events * 1_000L, 10).counts()), "lane " + lane);
        }
    }

    @Test
    void aPyramidPastTheKeptBudgetSamplesAsOneKeptWhole() {
        DensityBuilder b = new DensityBuilder();
        Random r = new Random(3);
        for (int i = 0; i < 200_000; i++) b.add(r.nextInt(4), (long) r.nextInt(1 << 30) * 64, r.nextInt(6));
        TreeMap<Long, byte[]> map = new TreeMap<>();
        byte[] summary = b.finish(map);
        StoredDensity whole = new StoredDensity(map, summary);
        StoredDensity partly = new StoredDensity(map, summary, 1_000, false);
        long min = whole.min();
        long max = whole.max() + 1;
        for (int lane = -1; lane < 4; lane++) {
            for (long span = max - min; span > 1_000; span /= 7) {
                long from = min + (max - min - span) / 3;
                DensityPyramid.Density a = whole.sample(lane, from, from + span, 500);
                DensityPyramid.Density c = partly.sample(lane, from, from + span, 500);
                assertArrayEquals(a.counts(), c.counts(), "lane " + lane + " span " + span);
                assertArrayEquals(a.worstSeverity(), c.worstSeverity(), "lane " + lane + " span " + span);
            }
        }
        assertEquals(200_000, sum(partly.sample(-1, min, max, 100).counts()));
    }

    private static long sum(long[] a) {
        long s = 0;
        for (long v : a) s += v;
        return s;
    }
}
