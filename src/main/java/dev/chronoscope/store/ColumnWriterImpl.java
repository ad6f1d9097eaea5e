package dev.chronoscope.store;

import dev.chronoscope.codec.ByteSink;
import java.util.NavigableMap;

/** Appends one value per offset into LZ4 blocks of {@link #BLOCK} values (lengths, then bytes). */
final class ColumnWriterImpl implements Column.Writer {
    static final int BLOCK = 1024;

    private final NavigableMap<Long, byte[]> map;
    private final ByteSink values = new ByteSink(16 * 1024);
    private final ByteSink raw = new ByteSink(16 * 1024);
    private final int[] lengths = new int[BLOCK];
    private int count;
    private long size;
    private long bytes;
    private final Lz4.Packer lz4 = new Lz4.Packer();

    ColumnWriterImpl(NavigableMap<Long, byte[]> map) {
        this.map = map;
    }

    @Override
    public void append(byte[] value) {
        int n = value == null ? 0 : value.length;
        if (n > 0) values.writeRaw(value, 0, n);
        lengths[count++] = n;
        size++;
        if (count == BLOCK) flush();
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
        map.put((size - 1) / BLOCK, b);
        bytes += b.length;
        values.reset();
        count = 0;
    }
}
