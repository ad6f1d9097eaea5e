package dev.chronoscope.store;

import dev.chronoscope.event.EventHeaderVisitor;
import dev.chronoscope.codec.ByteSource;
import dev.chronoscope.event.Event;
import java.util.NavigableMap;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Reads events back from the blocks {@link EventBlockWriter} wrote, through a small LRU cache.
 * Blocks are keyed by their first offset; the block read last answers its neighbours without a
 * lookup in the map.
 */
final class EventBlocks {
    private final NavigableMap<Long, byte[]> blocks;
    private final long count;
    private final String[] types;
    private final String[] lanes;
    private final BlockCache<Decoded> cache = new BlockCache<>(16);
    /** Made once: a method reference per read allocated as often as events were read. */
    private final LongFunction<Decoded> loader = this::load;
    private volatile Decoded last;

    EventBlocks(NavigableMap<Long, byte[]> blocks, long count, String[] types, String[] lanes) {
        this.blocks = blocks;
        this.count = count;
        this.types = types;
        this.lanes = lanes;
    }

    Event event(long offset) {
        if (offset < 0 || offset >= count) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + (count - 1));
        }
        Decoded b = blockOf(offset);
        return b.event((int) (offset - b.first), offset);
    }

    /** The block holding offset (which must be in 0..count-1). */
    private Decoded blockOf(long offset) {
        Decoded b = last;
        if (b != null && offset >= b.first && offset < b.first + b.count) return b;
        Long first = blocks.floorKey(offset);
        if (first == null) throw new CorruptStoreException("event block of offset " + offset + " is missing");
        b = cache.get(first, loader);
        if (offset >= b.first + b.count) throw new CorruptStoreException("event " + offset + " missing from its block");
        last = b;
        return b;
    }

    void scan(long from, long to, Consumer<Event> visitor) {
        long start = Math.max(0, from);
        long end = Math.min(count, to);
        long offset = start;
        while (offset < end) {
            Decoded b = blockOf(offset);
            int i = (int) (offset - b.first);
            ByteSource in = new ByteSource(b.raw, b.starts[i], b.raw.length);
            for (; i < b.count && offset < end; i++, offset++) {
                visitor.accept(EventCodec.decode(in, offset, b.baseTime, b.baseLine, b.keys, types, lanes));
            }
        }
    }

    void scanHeaders(long from, long to, EventHeaderVisitor visitor) {
        long offset = Math.max(0, from);
        long end = Math.min(count, to);
        while (offset < end) {
            Decoded b = blockOf(offset);
            int i = (int) (offset - b.first);
            for (; i < b.count && offset < end; i++, offset++) {
                // Each event from its own start: the header is read, the record after it skipped.
                EventCodec.decodeHeader(new ByteSource(b.raw, b.starts[i], b.raw.length), offset, b.baseTime,
                        types, lanes, visitor);
            }
        }
    }

    private Decoded load(long blockNo) {
        byte[] packed = blocks.get(blockNo);
        if (packed == null) throw new CorruptStoreException("event block " + blockNo + " is missing");
        byte[] raw = Lz4.decompress(packed);
        ByteSource in = new ByteSource(raw);
        int n = in.readVarInt();
        if (n > EventBlockWriter.BLOCK) throw new CorruptStoreException("event block " + blockNo + " too large");
        long baseTime = in.readZigZag();
        long baseLine = in.readZigZag();
        String[] keys = KeyTable.read(in);
        int[] starts = new int[n];
        int[] lengths = new int[n];
        for (int i = 0; i < n; i++) lengths[i] = in.readVarInt();
        int p = in.position();
        for (int i = 0; i < n; i++) {
            starts[i] = p;
            p += lengths[i];
        }
        if (p != raw.length) throw new CorruptStoreException("event block " + blockNo + " has a bad length table");
        return new Decoded(blockNo, raw, starts, n, keys, baseTime, baseLine);
    }

    private final class Decoded {
        final long first;
        final byte[] raw;
        final int[] starts;
        final int count;
        final String[] keys;
        final long baseTime;
        final long baseLine;

        Decoded(long first, byte[] raw, int[] starts, int count, String[] keys, long baseTime, long baseLine) {
            this.first = first;
            this.raw = raw;
            this.starts = starts;
            this.count = count;
            this.keys = keys;
            this.baseTime = baseTime;
            this.baseLine = baseLine;
        }

        Event event(int i, long offset) {
            if (i >= count) throw new CorruptStoreException("event " + offset + " missing from its block");
            ByteSource in = new ByteSource(raw, starts[i], raw.length);
            return EventCodec.decode(in, offset, baseTime, baseLine, keys, types, lanes);
        }
    }
}
