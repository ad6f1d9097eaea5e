package dev.chronoscope.store;

import dev.chronoscope.codec.ByteSink;
import java.util.Arrays;
import java.util.NavigableMap;

/**
 * Counts events per (lane, bucket of timeline positions) while appending, in memory bounded by the
 * lanes plus {@link #LIMIT}. A position is a time in ns or an offset ({@link TimelineAxis}); the
 * builder only needs them to be longs that mostly ascend. Buckets are aligned powers of two
 * positions wide; the total span is unknown until the end, so the width starts at one and doubles
 * (merging neighbouring buckets, which is exact for aligned powers of two) whenever more than
 * {@link #LIMIT} buckets beyond one per lane are in use. Every lane keeps one bucket at any width,
 * so a log whose lane is a request id (hundreds of thousands of lanes) would otherwise coarsen the
 * whole log, overview included, to one bucket; the table grows with the lanes instead. Lane key 0 holds all lanes together,
 * lane i holds lane i - 1. {@link #finish} writes each lane's buckets at the finest width and every
 * coarser power of two, one blob per (lane, level), for {@link StoredDensity}.
 *
 * <p>Positions mostly arrive in ascending order, so each lane keeps the bucket it is filling in plain
 * arrays and only a finished bucket goes into the hash table (one long[] with three slots per
 * entry: bucket, lane key and worst severity, count; count 0 marks a free entry).
 */
final class DensityBuilder {
    static final int LIMIT = 1 << 16;
    static final int MAX_SHIFT = 62;
    /** Entries the table starts with room for; it stays at most five eighths full, doubling as needed. */
    private static final int MIN_CAPACITY = LIMIT * 2;

    private int shift = 0;
    private long[] table = new long[MIN_CAPACITY * 3];
    private long[] spare;
    private int size;
    private final java.util.BitSet lanesSeen = new java.util.BitSet();
    private int lanes;
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;
    private long[] openBucket = new long[16];
    private long[] openCount = new long[16];
    private byte[] openWorst = new byte[16];

    void add(int lane, long position, int severity) {
        add(lane, position, severity, 1);
    }

    /** Counts events at one position and lane at once; their worst severity is severity. */
    void add(int lane, long position, int severity, long events) {
        if (events <= 0) return;
        if (position < min) min = position;
        if (position > max) max = position;
        accumulate(0, position, severity, events);
        accumulate(lane + 1, position, severity, events);
    }

    private void accumulate(int laneKey, long position, int severity, long events) {
        if (laneKey >= openBucket.length) {
            int n = Math.max(laneKey + 1, openBucket.length * 2);
            openBucket = Arrays.copyOf(openBucket, n);
            openCount = Arrays.copyOf(openCount, n);
            openWorst = Arrays.copyOf(openWorst, n);
        }
        if (!lanesSeen.get(laneKey)) {
            lanesSeen.set(laneKey);
            lanes++;
        }
        if (openCount[laneKey] != 0 && openBucket[laneKey] == position >> shift) {
            openCount[laneKey] += events;
            if (severity > openWorst[laneKey]) openWorst[laneKey] = (byte) severity;
            return;
        }
        closeOpen(laneKey); // may coarsen, so the bucket is computed after it
        openBucket[laneKey] = position >> shift;
        openCount[laneKey] = events;
        openWorst[laneKey] = (byte) severity;
    }

    /**
     * Coarsens before the table would pass its limit rather than after, and lets the table fill
     * to five eighths, so that a log with a few thousand lanes fits the {@link #MIN_CAPACITY}
     * entries it starts with: doubling the table just before the limit, as it did at half full,
     * took twice the cache misses per count and a scan twice as long per coarsening.
     */
    private void closeOpen(int laneKey) {
        if (openCount[laneKey] == 0) return;
        if (size >= LIMIT + lanes && shift < MAX_SHIFT) coarsen();
        if (8L * (size + 1) > 5L * (table.length / 3)) grow();
        put(table, laneKey, openBucket[laneKey], openCount[laneKey], openWorst[laneKey]);
        openCount[laneKey] = 0;
    }

    /** Adds to the entry of (lane, bucket) or makes one; t must have a free slot. */
    private void put(long[] t, int laneKey, long bucket, long count, int severity) {
        int mask = t.length / 3 - 1;
        long h = (bucket * 0x9E3779B97F4A7C15L) ^ (laneKey * 0xC2B2AE3D27D4EB4FL);
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (t[slot * 3 + 2] != 0) {
            int i = slot * 3;
            if (t[i] == bucket && (int) (t[i + 1] >>> 8) == laneKey) {
                t[i + 2] += count;
                if (severity > (t[i + 1] & 0xFF)) t[i + 1] = ((long) laneKey << 8) | severity;
                return;
            }
            slot = (slot + 1) & mask;
        }
        int i = slot * 3;
        t[i] = bucket;
        t[i + 1] = ((long) laneKey << 8) | severity;
        t[i + 2] = count;
        size++;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        spare = null;
        size = 0;
        for (int i = 0; i < old.length; i += 3) {
            if (old[i + 2] != 0) put(table, (int) (old[i + 1] >>> 8), old[i], old[i + 2], (int) (old[i + 1] & 0xFF));
        }
    }

    /**
     * Widens the buckets, a power of two at a time, until at most half the limit is in use, and
     * rebuilds the table once for all those steps. Events nanoseconds or microseconds apart fill
     * the table with one event per bucket, and rebuilding it at every step took it ten times over
     * before two events shared a bucket. The entries in lane-then-bucket order tell how many
     * buckets each step would leave, since neighbouring aligned buckets merge whole.
     */
    private void coarsen() {
        int[] order = entriesByLaneThenBucket();
        int levels = 1;
        while (shift + levels < MAX_SHIFT && bucketsAfter(order, levels) > LIMIT / 2 + lanes) levels++;
        rebucket(levels);
    }

    private int bucketsAfter(int[] order, int levels) {
        int buckets = 0;
        long lastKey = 0;
        long lastBucket = 0;
        for (int i = 0; i < order.length; i++) {
            long key = table[order[i] + 1] >>> 8;
            long bucket = table[order[i]] >> levels;
            if (i == 0 || key != lastKey || bucket != lastBucket) buckets++;
            lastKey = key;
            lastBucket = bucket;
        }
        return buckets;
    }

    /** Buckets levels powers of two wider: exact, as neighbouring aligned buckets merge whole. */
    private void rebucket(int levels) {
        long[] old = table;
        table = spare == null || spare.length != old.length ? new long[old.length] : spare;
        Arrays.fill(table, 0);
        size = 0;
        shift += levels;
        for (int i = 0; i < old.length; i += 3) {
            if (old[i + 2] == 0) continue;
            put(table, (int) (old[i + 1] >>> 8), old[i] >> levels, old[i + 2], (int) (old[i + 1] & 0xFF));
        }
        for (int k = 0; k < openBucket.length; k++) openBucket[k] >>= levels;
        spare = old;
    }

    /** Writes the levels to map; returns the summary StoredDensity opens with. */
    byte[] finish(NavigableMap<Long, byte[]> map) {
        for (int k = 0; k < openCount.length; k++) closeOpen(k);
        spare = null;
        int[] order = entriesByLaneThenBucket();
        ByteSink summary = new ByteSink(64);
        summary.writeVarInt(shift);
        summary.writeLong(min);
        summary.writeLong(max);
        LongBuf laneLevels = new LongBuf();
        int from = 0;
        while (from < order.length) {
            int lane = (int) (table[order[from] + 1] >>> 8);
            int to = from;
            while (to < order.length && (int) (table[order[to] + 1] >>> 8) == lane) to++;
            long[] b = new long[to - from];
            long[] c = new long[to - from];
            byte[] w = new byte[to - from];
            for (int i = from; i < to; i++) {
                b[i - from] = table[order[i]];
                c[i - from] = table[order[i] + 2];
                w[i - from] = (byte) (table[order[i] + 1] & 0xFF);
            }
            laneLevels.add(((long) lane << 8) | writeLevels(map, lane, b, c, w));
            from = to;
        }
        summary.writeVarInt(laneLevels.size());
        for (int i = 0; i < laneLevels.size(); i++) summary.writeVarLong(laneLevels.get(i));
        return summary.toByteArray();
    }

    /**
     * Table positions of the used entries ordered by lane key, then bucket: a radix sort by
     * bucket (signed order), then a stable counting sort by lane key.
     */
    private int[] entriesByLaneThenBucket() {
        long[] buckets = new long[size];
        long[] positions = new long[size];
        int k = 0;
        for (int i = 0; i < table.length; i += 3) {
            if (table[i + 2] == 0) continue;
            buckets[k] = table[i] ^ Long.MIN_VALUE;
            positions[k++] = i;
        }
        new RadixSort(size).sortByUnsignedKey(buckets, positions, size);
        int[] laneStart = new int[openBucket.length + 1];
        for (int i = 0; i < size; i++) laneStart[laneKeyAt((int) positions[i]) + 1]++;
        for (int l = 1; l < laneStart.length; l++) laneStart[l] += laneStart[l - 1];
        int[] order = new int[size];
        for (int i = 0; i < size; i++) order[laneStart[laneKeyAt((int) positions[i])]++] = (int) positions[i];
        return order;
    }

    private int laneKeyAt(int position) {
        return (int) (table[position + 1] >>> 8);
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
