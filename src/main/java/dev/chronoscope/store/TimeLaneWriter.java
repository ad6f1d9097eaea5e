package dev.chronoscope.store;

import dev.chronoscope.codec.ByteSink;
import dev.chronoscope.codec.ByteSource;
import dev.chronoscope.event.Event;
import java.util.Arrays;
import java.util.NavigableMap;

/**
 * Keeps every event's time and lane number apart from the events, in blocks of {@link #BLOCK}
 * entries (delta-coded times, a bitmap for events without time, then lane numbers), so that the
 * timeline and time seeks never decode events. Also records each block's min and max time and the
 * last time seen by its end, plus the first time in log order, from which {@link TimeLaneIndex}
 * places events without a time and finds offsets by placed time.
 */
final class TimeLaneWriter {
    static final int BLOCK = 1024;

    private final NavigableMap<Long, byte[]> blocks;
    private final long[] times = new long[BLOCK];
    private final int[] lanes = new int[BLOCK];
    private final ByteSink sink = new ByteSink(BLOCK * 6);
    private final Lz4.Packer lz4 = new Lz4.Packer();
    private int count;
    private long blockNo;
    private long[] mins = new long[64];
    private long[] maxs = new long[64];
    private long[] lastTimes = new long[64];
    private long lastTime = Event.NO_TIME;
    private long firstTime = Event.NO_TIME;
    private long bytes;

    TimeLaneWriter(NavigableMap<Long, byte[]> blocks) {
        this.blocks = blocks;
    }

    void append(long time, int lane) {
        if (time != Event.NO_TIME) {
            if (firstTime == Event.NO_TIME) firstTime = time;
            lastTime = time;
        }
        times[count] = time;
        lanes[count] = lane;
        if (++count == BLOCK) flush();
    }

    void flush() {
        if (count == 0) return;
        sink.reset();
        sink.writeVarInt(count);
        boolean anyMissing = false;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            if (times[i] == Event.NO_TIME) {
                anyMissing = true;
            } else {
                min = Math.min(min, times[i]);
                max = Math.max(max, times[i]);
            }
        }
        sink.writeByte(anyMissing ? 1 : 0);
        if (anyMissing) {
            for (int i = 0; i < count; i += 8) {
                int bits = 0;
                for (int j = 0; j < 8 && i + j < count; j++) if (times[i + j] == Event.NO_TIME) bits |= 1 << j;
                sink.writeByte(bits);
            }
        }
        long prev = 0;
        for (int i = 0; i < count; i++) {
            if (times[i] == Event.NO_TIME) continue;
            sink.writeZigZag(times[i] - prev);
            prev = times[i];
        }
        for (int i = 0; i < count; i++) sink.writeVarInt(lanes[i]);
        byte[] block = lz4.compress(sink.array(), sink.length());
        if (blockNo == mins.length) {
            mins = Arrays.copyOf(mins, mins.length * 2);
            maxs = Arrays.copyOf(maxs, maxs.length * 2);
            lastTimes = Arrays.copyOf(lastTimes, lastTimes.length * 2);
        }
        mins[(int) blockNo] = min;
        maxs[(int) blockNo] = max;
        lastTimes[(int) blockNo] = lastTime;
        blocks.put(blockNo++, block);
        bytes += block.length;
        count = 0;
    }

    long bytesWritten() {
        return bytes;
    }

    /**
     * Per block its min and max times (Long.MAX_VALUE / Long.MIN_VALUE for blocks without any) and
     * the last time in log order up to its end ({@link Event#NO_TIME} before the first); then the
     * first time in log order.
     */
    byte[] summary() {
        ByteSink out = new ByteSink(24 + (int) blockNo * 24);
        out.writeVarLong(blockNo);
        for (int i = 0; i < blockNo; i++) {
            out.writeLong(mins[i]);
            out.writeLong(maxs[i]);
            out.writeLong(lastTimes[i]);
        }
        out.writeLong(firstTime);
        return out.toByteArray();
    }

    static long[][] decodeBlock(byte[] packed, long blockNo) {
        ByteSource in = new ByteSource(Lz4.decompress(packed));
        int n = in.readVarInt();
        if (n > BLOCK) throw new CorruptStoreException("time block " + blockNo + " too large");
        long[] t = new long[n];
        long[] l = new long[n];
        if (in.readByte() != 0) {
            for (int i = 0; i < n; i += 8) {
                int bits = in.readByte();
                for (int j = 0; j < 8 && i + j < n; j++) if ((bits & (1 << j)) != 0) t[i + j] = Event.NO_TIME;
            }
        }
        long prev = 0;
        for (int i = 0; i < n; i++) {
            if (t[i] == Event.NO_TIME) continue;
            prev += in.readZigZag();
            t[i] = prev;
        }
        for (int i = 0; i < n; i++) l[i] = in.readVarInt();
        return new long[][] {t, l};
    }
}
