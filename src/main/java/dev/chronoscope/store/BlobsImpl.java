package dev.chronoscope.store;

import dev.chronoscope.codec.ByteSink;
import dev.chronoscope.codec.ByteSource;
import java.util.AbstractMap;
import java.util.Map;
import java.util.NavigableMap;

/** Named long → byte[] maps, each value LZ4-compressed in its own MapDB record. */
final class BlobsImpl {
    private BlobsImpl() {}

    static final class Writer implements Blobs.Writer {
        private final NavigableMap<Long, byte[]> map;
        private long count;
        private long bytes;
        private long stored;

        Writer(NavigableMap<Long, byte[]> map) {
            this.map = map;
        }

        @Override
        public void put(long key, byte[] value) {
            byte[] packed = Lz4.compress(value, value.length);
            byte[] old = map.put(key, packed);
            if (old == null) {
                count++;
            } else {
                bytes -= rawLength(old);
                stored -= old.length;
            }
            bytes += value.length;
            stored += packed.length;
        }

        long bytesWritten() {
            return stored;
        }

        byte[] summary() {
            ByteSink out = new ByteSink(20);
            out.writeVarLong(count);
            out.writeVarLong(bytes);
            return out.toByteArray();
        }
    }

    private static int rawLength(byte[] packed) {
        return Lz4.getInt(packed, 0);
    }

    static final class Reader implements Blobs {
        private final NavigableMap<Long, byte[]> map;
        private final long count;
        private final long bytes;

        Reader(NavigableMap<Long, byte[]> map, byte[] summary) {
            this.map = map;
            ByteSource in = new ByteSource(summary);
            count = in.readVarLong();
            bytes = in.readVarLong();
        }

        @Override
        public byte[] get(long key) {
            byte[] packed = map.get(key);
            return packed == null ? null : Lz4.decompress(packed);
        }

        @Override
        public Map.Entry<Long, byte[]> floor(long key) {
            Map.Entry<Long, byte[]> e = map.floorEntry(key);
            return e == null ? null : new AbstractMap.SimpleImmutableEntry<>(e.getKey(), Lz4.decompress(e.getValue()));
        }

        @Override
        public long count() {
            return count;
        }

        @Override
        public long bytes() {
            return bytes;
        }
    }
}
