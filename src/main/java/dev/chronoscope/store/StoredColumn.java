package dev.chronoscope.store;

import dev.chronoscope.codec.ByteSource;
import java.util.Arrays;
import java.util.NavigableMap;
import java.util.function.LongFunction;

/**
 * Reads a column back through a small cache of decoded blocks. Blocks are keyed by their first
 * offset ({@link ColumnWriterImpl}); the block read last answers its neighbours without a lookup.
 */
final class StoredColumn implements Column {
    private static final byte[] EMPTY = new byte[0];

    private final NavigableMap<Long, byte[]> map;
    private final long size;
    private final BlockCache<Decoded> cache = new BlockCache<>(8);
    /** Made once: a method reference per read allocated as often as the column was read. */
    private final LongFunction<Decoded> loader = this::load;
    private volatile Decoded last;

    StoredColumn(NavigableMap<Long, byte[]> map, long size) {
        this.map = map;
        this.size = size;
    }

    @Override
    public byte[] get(long offset) {
        if (offset < 0 || offset >= size) return EMPTY;
        Decoded d = last;
        if (d == null || offset < d.first || offset >= d.first + d.lengths.length) {
            Long first = map.floorKey(offset);
            if (first == null) throw new CorruptStoreException("column block of offset " + offset + " is missing");
            d = cache.get(first, loader);
            last = d;
        }
        long i = offset - d.first;
        if (i >= d.lengths.length) throw new CorruptStoreException("column value " + offset + " missing from its block");
        int len = d.lengths[(int) i];
        return len == 0 ? EMPTY : Arrays.copyOfRange(d.raw, d.starts[(int) i], d.starts[(int) i] + len);
    }

    @Override
    public long size() {
        return size;
    }

    private Decoded load(long blockNo) {
        byte[] packed = map.get(blockNo);
        if (packed == null) throw new CorruptStoreException("column block " + blockNo + " is missing");
        byte[] raw = Lz4.decompress(packed);
        ByteSource in = new ByteSource(raw);
        int n = in.readVarInt();
        if (n > ColumnWriterImpl.BLOCK) throw new CorruptStoreException("column block " + blockNo + " too large");
        int[] lengths = new int[n];
        int[] starts = new int[n];
        for (int i = 0; i < n; i++) lengths[i] = in.readVarInt();
        int p = in.position();
        for (int i = 0; i < n; i++) {
            starts[i] = p;
            p += lengths[i];
        }
        if (p != raw.length) throw new CorruptStoreException("column block " + blockNo + " has a bad length table");
        return new Decoded(blockNo, raw, lengths, starts);
    }

    /** A block: its first offset, and its values' lengths and starts in raw. */
    private record Decoded(long first, byte[] raw, int[] lengths, int[] starts) {}
}
