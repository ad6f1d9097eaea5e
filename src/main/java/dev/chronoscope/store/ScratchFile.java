package dev.chronoscope.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Blocks of the intermediate sorted runs (id index, postings), kept in a side file next to the
 * cache file instead of in MapDB: runs are merged away at commit, and MapDB never gives freed
 * space back to the file system, so keeping them there would leave the cache file about twice as
 * big as its indexes. Only put and get are supported; the file is deleted by {@link #delete}.
 */
final class ScratchFile extends AbstractMap<Long, byte[]> {
    private final Path path;
    private final FileChannel channel;
    private final HashMap<Long, Long> where = new HashMap<>();
    private long end;

    ScratchFile(Path path) {
        this.path = path;
        try {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the scratch file " + path, e);
        }
    }

    @Override
    public byte[] put(Long key, byte[] value) {
        if (value.length >= (1 << 24)) throw new IllegalArgumentException("scratch block too large: " + value.length);
        try {
            ByteBuffer b = ByteBuffer.wrap(value);
            long pos = end;
            while (b.hasRemaining()) pos += channel.write(b, pos);
            where.put(key, (end << 24) | value.length);
            end = pos;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scratch file " + path, e);
        }
        return null;
    }

    @Override
    public byte[] get(Object key) {
        Long at = where.get(key);
        if (at == null) return null;
        byte[] out = new byte[(int) (at & 0xFFFFFF)];
        ByteBuffer b = ByteBuffer.wrap(out);
        long pos = at >>> 24;
        try {
            while (b.hasRemaining()) {
                int n = channel.read(b, pos);
                if (n < 0) throw new CorruptStoreException("scratch file " + path + " ends early");
                pos += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scratch file " + path, e);
        }
        return out;
    }

    @Override
    public void clear() {
        where.clear();
    }

    @Override
    public Set<Map.Entry<Long, byte[]>> entrySet() {
        throw new UnsupportedOperationException("scratch blocks are read by key only");
    }

    void delete() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // deleting below is what matters
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the scratch file " + path, e);
        }
    }
}
