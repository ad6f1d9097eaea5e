package dev.chronoscope.store;

import dev.chronoscope.codec.ByteSink;
import dev.chronoscope.event.Event;

/**
 * Packs appended events into LZ4-compressed blocks of {@link #BLOCK} events, or fewer once their
 * bytes pass {@link #BLOCK_BYTES} (256 records of a megabyte made a block MapDB copied twice
 * more), keyed by the offset of their first event. A block holds its field-name table, base time
 * and base line, then each event's length and bytes, so that one event can be decoded without its
 * neighbours.
 */
final class EventBlockWriter {
    static final int BLOCK = 256;
    static final int BLOCK_BYTES = 1 << 20;

    private final BlockOut blocks;
    private final ByteSink events = new ByteSink(BLOCK * 256);
    private final ByteSink packed = new ByteSink(BLOCK * 260);
    private final KeyTable keys = new KeyTable();
    private final EventCodec.Encoder encoder = new EventCodec.Encoder(events, keys);
    private final Lz4.Packer lz4 = new Lz4.Packer();
    private final int[] lengths = new int[BLOCK];
    private int count;
    private long firstOffset;
    private long baseTime;
    private boolean baseTimeSet;
    private long baseLine;
    private long bytes;

    EventBlockWriter(BlockOut blocks) {
        this.blocks = blocks;
    }

    void append(Event e, int typeId, int laneId) {
        if (count == 0) baseLine = e.line();
        if (!baseTimeSet && e.time() != Event.NO_TIME) {
            baseTime = e.time();
            baseTimeSet = true;
        }
        int before = events.length();
        encoder.encode(e, typeId, laneId, baseTime, baseLine);
        lengths[count++] = events.length() - before;
        if (count == BLOCK || events.length() >= BLOCK_BYTES) flush();
    }

    void flush() {
        if (count == 0) return;
        packed.reset();
        packed.writeVarInt(count);
        packed.writeZigZag(baseTime);
        packed.writeZigZag(baseLine);
        keys.writeTo(packed);
        for (int i = 0; i < count; i++) packed.writeVarInt(lengths[i]);
        packed.writeRaw(events.array(), 0, events.length());
        byte[] block = lz4.compress(packed.array(), packed.length());
        blocks.put(firstOffset, block);
        firstOffset += count;
        bytes += block.length;
        events.reset();
        keys.clear();
        count = 0;
        baseTimeSet = false;
        baseTime = 0;
    }

    long bytesWritten() {
        return bytes + events.length() / 3;
    }
}
