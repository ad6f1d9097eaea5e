package dev.chronoscope.store;

import dev.chronoscope.codec.ByteSink;
import dev.chronoscope.codec.ByteSource;
import dev.chronoscope.event.Event;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The density pyramid as read back: for a requested bucket width it picks the coarsest stored
 * level that is not wider, so each output bucket reads about one stored bucket. A stored bucket
 * counts towards the output bucket holding its start (or the range start, when it begins earlier),
 * so sampling the whole range sums to the number of events. Along an offset axis, where every
 * position holds exactly one event, a stored bucket is instead spread over the output buckets it
 * overlaps in proportion: a power-of-two bucket rarely fits a pixel column, and counting it whole
 * where it starts gave neighbouring columns one or two buckets' worth, a comb over even density.
 *
 * <p>The first sample decodes every level of every lane and keeps them, so a timeline that zooms
 * never waits for the store. The builder caps the finest level at {@link DensityBuilder#LIMIT}
 * buckets over all lanes and coarser levels mostly halve, so a pyramid is usually about twice that
 * (a few MB). Only a log whose events are sparse over a long span keeps many levels nearly as full as
 * the finest; past {@link #KEPT_BUCKETS} the remaining levels are read on demand through a small cache.
 */
final class StoredDensity implements DensityPyramid {
    /** Buckets decoded at the first sample and kept (about 17 bytes each). */
    static final int KEPT_BUCKETS = 1 << 20;

    private final Map<Long, byte[]> map;
    private final long keptBuckets;
    private final boolean spread;
    private final int shift;
    private final long min;
    private final long max;
    private final Map<Integer, Integer> levelsByLane = new HashMap<>();
    /** Per lane key, its levels finest first (null where past the budget); null until the first sample. */
    private volatile Map<Integer, Level[]> kept;
    private final BlockCache<Level> beyondBudget = new BlockCache<>(64);
    /** Made once: a method reference per read allocates as often as the pyramid is read. */
    private final LongFunction<Level> loader = this::load;

    StoredDensity(Map<Long, byte[]> map, byte[] summary) {
        this(map, summary, KEPT_BUCKETS, false);
    }

    /** @param spread whether a stored bucket is shared among the output buckets it overlaps (offset axis) */
    StoredDensity(Map<Long, byte[]> map, byte[] summary, long keptBuckets, boolean spread) {
        this.map = map;
        this.keptBuckets = keptBuckets;
        this.spread = spread;
        ByteSource in = new ByteSource(summary);
        shift = in.readVarInt();
        long first = in.readLong();
        long last = in.readLong();
        int lanes = in.readVarInt();
        for (int i = 0; i < lanes; i++) {
            long v = in.readVarLong();
            levelsByLane.put((int) (v >>> 8), (int) (v & 0xFF));
        }
        min = first > last ? Event.NO_TIME : first;
        max = first > last ? Event.NO_TIME : last;
    }

    @Override
    public Density sample(int lane, long from, long to, int bucketCount) {
        int n = Math.max(0, bucketCount);
        long[] counts = new long[n];
        byte[] worst = new byte[n];
        Arrays.fill(worst, (byte) -1);
        Integer levels = levelsByLane.get(lane + 1);
        if (n == 0 || to <= from || levels == null) return new Density(counts, worst);
        double span = distance(from, to);
        double outWidth = span / n;
        int level = 0;
        while (level + 1 < levels && Math.pow(2, shift + level + 1) <= outWidth) level++;
        int s = shift + level;
        Level l = level(lane + 1, level);
        long firstBucket = from >> s;
        // [from, to), except that a window ending at Long.MAX_VALUE holds the events there.
        long lastBucket = to == Long.MAX_VALUE ? to >> s : (to - 1) >> s;
        int i = Arrays.binarySearch(l.buckets, firstBucket);
        if (i < 0) i = -i - 1;
        for (; i < l.buckets.length && l.buckets[i] <= lastBucket; i++) {
            if (spread) {
                // The first and last buckets may reach past the log's ends, where no event is.
                long start = Math.max(l.buckets[i] << s, min);
                long end = Math.min((l.buckets[i] << s) + (1L << s), max + 1);
                spread(start, end - start, l.counts[i], l.worst[i], from, to, counts, worst);
                continue;
            }
            long start = Math.max(l.buckets[i] << s, from);
            int out = (int) Math.min(n - 1, Math.max(0, (long) (distance(from, start) / span * n)));
            counts[out] += l.counts[i];
            if (l.worst[i] > worst[out]) worst[out] = l.worst[i];
        }
        return new Density(counts, worst);
    }

    /**
     * Shares count, of a stored bucket [start, start + width), among the output buckets of [from, to)
     * in proportion to their overlap with it. The shares are differences of one rounded running total,
     * so a bucket wholly inside the range gives out exactly its count.
     */
    private static void spread(long start, long width, long count, byte severity, long from, long to, long[] counts,
                               byte[] worst) {
        int n = counts.length;
        double perOutput = distance(from, to) / n;
        long a = Math.max(start, from);
        long b = Math.min(start + width, to);
        long given = Math.round((double) count * (a - start) / width);
        while (a < b) {
            // The column is found from where each piece starts: zoomed in past one position per
            // column, most columns hold no position, so stepping to the next column fell behind.
            int out = (int) Math.min(n - 1, Math.max(0, (long) (distance(from, a) / perOutput)));
            long outEnd = out == n - 1 ? to : Math.max(a + 1, from + (long) Math.ceil((out + 1) * perOutput));
            long end = Math.min(b, outEnd);
            long total = Math.round((double) count * (end - start) / width);
            if (total > given) {
                counts[out] += total - given;
                if (severity > worst[out]) worst[out] = severity;
                given = total;
            }
            a = end;
        }
    }

    /**
     * b - a for b ≥ a, taken between the longs: as doubles, positions of the epoch's nanoseconds
     * (about 1.8e18) are 256 apart, which put buckets a column or two off and drew a blocky comb
     * over even density; past Long.MAX_VALUE apart (bogus times at both ends) read unsigned.
     */
    private static double distance(long a, long b) {
        long d = b - a;
        return d >= 0 ? d : (double) (d >>> 1) * 2 + (d & 1);
    }

    @Override
    public long min() {
        return min;
    }

    @Override
    public long max() {
        return max;
    }

    private Level level(int laneKey, int level) {
        Map<Integer, Level[]> k = kept;
        if (k == null) k = keepLevels();
        Level l = k.get(laneKey)[level];
        return l != null ? l : beyondBudget.get(key(laneKey, level), loader);
    }

    private synchronized Map<Integer, Level[]> keepLevels() {
        if (kept != null) return kept;
        Map<Integer, Level[]> all = new HashMap<>();
        long buckets = 0;
        // Coarsest first: they are the smallest and the ones a whole-log view reads.
        int maxLevels = 0;
        for (int count : levelsByLane.values()) maxLevels = Math.max(maxLevels, count);
        for (Map.Entry<Integer, Integer> lane : levelsByLane.entrySet()) all.put(lane.getKey(), new Level[lane.getValue()]);
        for (int fromTop = 1; fromTop <= maxLevels; fromTop++) {
            for (Map.Entry<Integer, Level[]> lane : all.entrySet()) {
                Level[] levels = lane.getValue();
                int level = levels.length - fromTop;
                if (level < 0 || buckets >= keptBuckets) continue;
                levels[level] = load(key(lane.getKey(), level));
                buckets += levels[level].buckets.length;
            }
        }
        kept = all;
        return all;
    }

    private static long key(int laneKey, int level) {
        return ((long) laneKey << 8) | level;
    }

    private Level load(long key) {
        byte[] b = map.get(key);
        if (b == null) {
            throw new CorruptStoreException("density level " + (key & 0xFF) + " of lane " + ((key >>> 8) - 1) + " is missing");
        }
        ByteSource in = new ByteSource(Lz4.decompress(b));
        int n = in.readVarInt();
        long[] buckets = new long[n];
        long[] counts = new long[n];
        byte[] worst = new byte[n];
        long prev = 0;
        for (int i = 0; i < n; i++) {
            prev += in.readZigZag();
            buckets[i] = prev;
            counts[i] = in.readVarLong();
            worst[i] = (byte) in.readByte();
        }
        return new Level(buckets, counts, worst);
    }

    static byte[] encodeLevel(long[] buckets, long[] counts, byte[] worst) {
        ByteSink out = new ByteSink(buckets.length * 4 + 8);
        out.writeVarInt(buckets.length);
        long prev = 0;
        for (int i = 0; i < buckets.length; i++) {
            out.writeZigZag(buckets[i] - prev);
            prev = buckets[i];
            out.writeVarLong(counts[i]);
            out.writeByte(worst[i]);
        }
        return Lz4.compress(out.array(), out.length());
    }

    private record Level(long[] buckets, long[] counts, byte[] worst) {}
}
