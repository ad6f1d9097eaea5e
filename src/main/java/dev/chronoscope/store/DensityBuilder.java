package dev.chronoscope.store;

import dev.chronoscope.event.Event;
import java.util.Arrays;
import java.util.NavigableMap;

/**
 * Counts events per (lane, time bucket) while appending, in bounded memory. Buckets are aligned
 * powers of two nanoseconds wide; the total span is unknown until the end, so the width starts at
 * one microsecond and doubles (merging neighbouring buckets, which is exact for aligned powers of
 * two) whenever more than {@link #LIMIT} buckets are in use. Lane key 0 holds all lanes together,
 * lane i holds lane i - 1. {@link #finish} writes each lane's buckets at the finest width and every
 * coarser power of two, one blob per (lane, level), for {@link StoredDensity}.
 */
final class DensityBuilder {
    static final int LIMIT = 1 << 18;
    static final int MAX_SHIFT = 62;

    private int shift = 10;
    private int[] lanes;
    private int[] spareLanes;
    private long[] spareBuckets;
    private long[] spareCounts;
    private byte[] spareWorst;
    private long[] buckets;
    private long[] counts;
    private byte[] worst;
    private int size;
    private long minTime = Long.MAX_VALUE;
    private long maxTime = Long.MIN_VALUE;
    /** Per lane key the bucket being filled; events mostly come in time order, so most hit it. */
    private long[] openBucket = new long[16];
    private long[] openCount = new long[16];
    private byte[] openWorst = new byte[16];

    DensityBuilder() {
        allocate(LIMIT * 2);
    }

    private void allocate(int capacity) {
        lanes = new int[capacity];
        buckets = new long[capacity];
        counts = new long[capacity];
        worst = new byte[capacity];
        size = 0;
    }

    void add(int lane, long time, int severity) {
        if (time == Event.NO_TIME) return;
        if (time < minTime) minTime = time;
        if (time > maxTime) maxTime = time;
        long bucket = time >> shift;
        accumulate(0, bucket, severity);
        accumulate(lane + 1, bucket, severity);
    }

    private void accumulate(int laneKey, long bucket, int severity) {
        if (laneKey >= openBucket.length) {
            int n = Math.max(laneKey + 1, openBucket.length * 2);
            openBucket = Arrays.copyOf(openBucket, n);
            openCount = Arrays.copyOf(openCount, n);
            openWorst = Arrays.copyOf(openWorst, n);
        }
        if (openCount[laneKey] != 0 && openBucket[laneKey] == bucket) {
            openCount[laneKey]++;
            if (severity > openWorst[laneKey]) openWorst[laneKey] = (byte) severity;
            return;
        }
        closeOpen(laneKey);
        openBucket[laneKey] = bucket;
        openCount[laneKey] = 1;
        openWorst[laneKey] = (byte) severity;
    }

    private void closeOpen(int laneKey) {
        if (openCount[laneKey] == 0) return;
        put(laneKey, openBucket[laneKey], openCount[laneKey], openWorst[laneKey]);
        openCount[laneKey] = 0;
        if (size > LIMIT && shift < MAX_SHIFT) coarsen();
    }

    private void put(int laneKey, long bucket, long count, int severity) {
        int mask = lanes.length - 1;
        long h = (bucket * 0x9E3779B97F4A7C15L) ^ (laneKey * 0xC2B2AE3D27D4EB4FL);
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (counts[slot] != 0) {
            if (lanes[slot] == laneKey && buckets[slot] == bucket) {
                counts[slot] += count;
                if (severity > worst[slot]) worst[slot] = (byte) severity;
                return;
            }
            slot = (slot + 1) & mask;
        }
        lanes[slot] = laneKey;
        buckets[slot] = bucket;
        counts[slot] = count;
        worst[slot] = (byte) severity;
        size++;
    }

    private void coarsen() {
        while (size > LIMIT / 2 && shift < MAX_SHIFT) {
            int[] oldLanes = lanes;
            long[] oldBuckets = buckets;
            long[] oldCounts = counts;
            byte[] oldWorst = worst;
            if (spareLanes == null) {
                allocate(oldLanes.length);
            } else {
                lanes = spareLanes;
                buckets = spareBuckets;
                counts = spareCounts;
                worst = spareWorst;
                Arrays.fill(counts, 0);
                size = 0;
            }
            shift++;
            for (int i = 0; i < oldCounts.length; i++) {
                if (oldCounts[i] != 0) put(oldLanes[i], oldBuckets[i] >> 1, oldCounts[i], oldWorst[i]);
            }
            for (int k = 0; k < openBucket.length; k++) openBucket[k] >>= 1;
            spareLanes = oldLanes;
            spareBuckets = oldBuckets;
            spareCounts = oldCounts;
            spareWorst = oldWorst;
        }
    }

    /** Writes the levels to map; returns the summary StoredDensity opens with. */
    byte[] finish(NavigableMap<Long, byte[]> map) {
        for (int k = 0; k < openCount.length; k++) closeOpen(k);
        spareLanes = null;
        spareBuckets = null;
        spareCounts = null;
        spareWorst = null;
        Integer[] order = new Integer[size];
        int k = 0;
        for (int i = 0; i < counts.length; i++) if (counts[i] != 0) order[k++] = i;
        Arrays.sort(order, (a, b) -> lanes[a] != lanes[b] ? Integer.compare(lanes[a], lanes[b]) : Long.compare(buckets[a], buckets[b]));
        ByteSink summary = new ByteSink(64);
        summary.writeVarInt(shift);
        summary.writeLong(minTime);
        summary.writeLong(maxTime);
        int from = 0;
        LongBuf laneLevels = new LongBuf();
        while (from < order.length) {
            int lane = lanes[order[from]];
            int to = from;
            while (to < order.length && lanes[order[to]] == lane) to++;
            long[] b = new long[to - from];
            long[] c = new long[to - from];
            byte[] w = new byte[to - from];
            for (int i = from; i < to; i++) {
                b[i - from] = buckets[order[i]];
                c[i - from] = counts[order[i]];
                w[i - from] = worst[order[i]];
            }
            int levels = writeLevels(map, lane, b, c, w);
            laneLevels.add(((long) lane << 8) | levels);
            from = to;
        }
        summary.writeVarInt(laneLevels.size());
        for (int i = 0; i < laneLevels.size(); i++) summary.writeVarLong(laneLevels.get(i));
        return summary.toByteArray();
    }

    private int writeLevels(NavigableMap<Long, byte[]> map, int lane, long[] b, long[] c, byte[] w) {
        int level = 0;
        while (true) {
            map.put(((long) lane << 8) | level, StoredDensity.encodeLevel(b, c, w));
            if (b.length <= 1 || shift + level >= MAX_SHIFT) return level + 1;
            int n = 0;
            for (int i = 0; i < b.length; i++) {
                long nb = b[i] >> 1;
                if (n > 0 && b[n - 1] == nb) {
                    c[n - 1] += c[i];
                    if (w[i] > w[n - 1]) w[n - 1] = w[i];
                } else {
                    b[n] = nb;
                    c[n] = c[i];
                    w[n] = w[i];
                    n++;
                }
            }
            b = Arrays.copyOf(b, n);
            c = Arrays.copyOf(c, n);
            w = Arrays.copyOf(w, n);
            level++;
        }
    }
}
