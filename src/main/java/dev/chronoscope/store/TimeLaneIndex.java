package dev.chronoscope.store;

import dev.chronoscope.codec.ByteSource;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Answers time(offset), laneIndex(offset) and offsetAtTime from the time/lane blocks. A running
 * maximum over the per-block maxima is non-decreasing, so the first block that can hold a time
 * ≥ t is found by binary search, and scanning that block gives the exact first offset even when
 * the log is not in time order.
 */
final class TimeLaneIndex {
    private final Map<Long, byte[]> blocks;
    private final long count;
    private final long[] runningMax;
    private final BlockCache<long[][]> cache = new BlockCache<>(64);
    /** Made once: a method reference per read allocated as often as the index was read. */
    private final LongFunction<long[][]> loader = this::load;

    TimeLaneIndex(Map<Long, byte[]> blocks, long count, byte[] summary) {
        this.blocks = blocks;
        this.count = count;
        ByteSource in = new ByteSource(summary);
        long n = in.readVarLong();
        if (n != (count + TimeLaneWriter.BLOCK - 1) / TimeLaneWriter.BLOCK) {
            throw new CorruptStoreException("time index has " + n + " blocks for " + count + " events");
        }
        runningMax = new long[(int) n];
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            in.readLong();
            max = Math.max(max, in.readLong());
            runningMax[i] = max;
        }
    }

    long time(long offset) {
        return entry(offset)[0][(int) (offset % TimeLaneWriter.BLOCK)];
    }

    int laneIndex(long offset) {
        return (int) entry(offset)[1][(int) (offset % TimeLaneWriter.BLOCK)];
    }

    private long[][] entry(long offset) {
        if (offset < 0 || offset >= count) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + (count - 1));
        }
        long[][] b = cache.get(offset / TimeLaneWriter.BLOCK, loader);
        if (b[0].length <= offset % TimeLaneWriter.BLOCK) {
            throw new CorruptStoreException("offset " + offset + " missing from the time index");
        }
        return b;
    }

    private long[][] load(long blockNo) {
        byte[] packed = blocks.get(blockNo);
        if (packed == null) throw new CorruptStoreException("time block " + blockNo + " is missing");
        return TimeLaneWriter.decodeBlock(packed, blockNo);
    }

    long offsetAtTime(long timeNs) {
        int lo = 0;
        int hi = runningMax.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (runningMax[mid] >= timeNs) hi = mid;
            else lo = mid + 1;
        }
        if (lo == runningMax.length) return count;
        long[] times = cache.get(lo, loader)[0];
        for (int i = 0; i < times.length; i++) {
            if (times[i] >= timeNs) return (long) lo * TimeLaneWriter.BLOCK + i;
        }
        throw new CorruptStoreException("time block " + lo + " disagrees with its summary");
    }
}
