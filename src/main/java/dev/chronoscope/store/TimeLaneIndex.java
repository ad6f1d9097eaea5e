package dev.chronoscope.store;

import dev.chronoscope.codec.ByteSource;
import dev.chronoscope.event.Event;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Answers time(offset), laneIndex(offset) and the placed time that lays a log out by time
 * ({@link TimelineAxis}) from the time/lane blocks. An event without a time is placed at the last
 * time before it in log order, or at the first time in log order when none comes before it; a block
 * learns the time it starts with from the summary, so placing never reads another block. A running
 * maximum over the per-block maxima of placed times is non-decreasing, so the first block that can
 * hold a placed time ≥ t is found by binary search, and scanning that block gives the exact first
 * offset even when the log is not in time order.
 */
final class TimeLaneIndex {
    private final Map<Long, byte[]> blocks;
    private final long count;
    private final long[] runningMax;
    /** Per block, where its events without a time are placed until it has seen one of its own. */
    private final long[] startPlacement;
    private final long minTime;
    private final long maxTime;
    /** Per block: times, lane numbers, placed times (the times array itself when all have one). */
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
        long[] maxima = new long[(int) n];
        long[] lastTimes = new long[(int) n];
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, in.readLong());
            maxima[i] = in.readLong();
            max = Math.max(max, maxima[i]);
            lastTimes[i] = in.readLong();
        }
        long firstTime = in.readLong();
        minTime = min > max ? Event.NO_TIME : min;
        maxTime = min > max ? Event.NO_TIME : max;
        startPlacement = new long[(int) n];
        runningMax = new long[(int) n];
        long running = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            long before = i == 0 ? Event.NO_TIME : lastTimes[i - 1];
            startPlacement[i] = before == Event.NO_TIME ? firstTime : before;
            running = Math.max(running, Math.max(maxima[i], startPlacement[i]));
            runningMax[i] = running;
        }
    }

    long time(long offset) {
        return entry(offset)[0][(int) (offset % TimeLaneWriter.BLOCK)];
    }

    int laneIndex(long offset) {
        return (int) entry(offset)[1][(int) (offset % TimeLaneWriter.BLOCK)];
    }

    /** The event's time, or where an event without one is placed; NO_TIME only when no event has a time. */
    long placedTime(long offset) {
        return entry(offset)[2][(int) (offset % TimeLaneWriter.BLOCK)];
    }

    /** The earliest and latest time of any event; {@link Event#NO_TIME} when none has one. */
    long minTime() {
        return minTime;
    }

    long maxTime() {
        return maxTime;
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
        long[][] timesAndLanes = TimeLaneWriter.decodeBlock(packed, blockNo);
        long[] times = timesAndLanes[0];
        long[] placed = times;
        long carried = startPlacement[(int) blockNo];
        for (int i = 0; i < times.length; i++) {
            if (times[i] != Event.NO_TIME) {
                carried = times[i];
            } else {
                if (placed == times) placed = times.clone();
                placed[i] = carried;
            }
        }
        return new long[][] {times, timesAndLanes[1], placed};
    }

    /** The first offset whose placed time is ≥ t; the event count when every one is earlier. */
    long offsetAtPlacedTime(long t) {
        int lo = 0;
        int hi = runningMax.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (runningMax[mid] >= t) hi = mid;
            else lo = mid + 1;
        }
        if (lo == runningMax.length) return count;
        long[] placed = cache.get(lo, loader)[2];
        for (int i = 0; i < placed.length; i++) {
            if (placed[i] >= t) return (long) lo * TimeLaneWriter.BLOCK + i;
        }
        throw new CorruptStoreException("time block " + lo + " disagrees with its summary");
    }
}
