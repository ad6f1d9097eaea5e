package dev.chronoscope.store;

import dev.chronoscope.codec.ByteSink;

/**
 * Appends one value per offset into LZ4 blocks (lengths, then bytes), keyed by the offset of
 * their first value. A block closes at {@link #BLOCK} values or once its values pass
 * {@link #BLOCK_BYTES}: an event that changed 5,000 leaves has a change set of 75 KB, and 1,024 of
 * them made a block of 75 MB, copied twice more to be compressed.
 */
final class ColumnWriterImpl implements Column.Writer {
    static final int BLOCK = 1024;
    static final int BLOCK_BYTES = 1 << 20;

    private final BlockOut map;
    private final ByteSink values = new ByteSink(16 * 1024);
    private final ByteSink raw = new ByteSink(16 * 1024);
    private final int[] lengths = new int[BLOCK];
    private int count;
    private long size;
    private long bytes;
    private final Lz4.Packer lz4 = new Lz4.Packer();

    ColumnWriterImpl(BlockOut map) {
        this.map = map;
    }

    @Override
    public void append(byte[] value) {
        int n = value == null ? 0 : value.length;
        if (n > 0) values.writeRaw(value, 0, n);
        lengths[count++] = n;
        size++;
        if (count == BLOCK || values.length() >= BLOCK_BYTES) flush();
    }

    @Override
    public long size() {
        return size;
    }

    long bytesWritten() {
        return bytes + values.length() / 2;
    }

    void flush() {
        if (count == 0) return;
        raw.reset();
        raw.writeVarInt(count);
        for (int i = 0; i < count; i++) raw.writeVarInt(lengths[i]);
        raw.writeRaw(values.array(), 0, values.length());
        byte[] b = lz4.compress(raw.array(), raw.length());
        map.put(size - count, b);
        bytes += b.length;
        values.reset();
        count = 0;
    }
}
