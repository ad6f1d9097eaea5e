package dev.chronoscope.store;

import dev.chronoscope.codec.ByteSink;
import dev.chronoscope.codec.ByteSource;
import java.util.Map;

/**
 * A sorted run of (hash, offset) pairs in blocks of {@link #BLOCK} pairs, ordered by unsigned hash
 * then offset, with the first hash of every block kept in memory as a fence. Blocks live in a
 * shared map under keys {@code runId << 32 | blockNo}. The id index is such a run; while ingesting
 * it is several, merged at commit.
 */
final class HashRun {
    static final int BLOCK = 512;

    final long runId;
    final long[] fence;
    final long entries;

    HashRun(long runId, long[] fence, long entries) {
        this.runId = runId;
        this.fence = fence;
        this.entries = entries;
    }

    static long key(long runId, long blockNo) {
        return (runId << 32) | blockNo;
    }

    /** Writes sorted pairs of one run block by block. */
    static final class Writer {
        private final Map<Long, byte[]> map;
        private final long runId;
        private final ByteSink sink = new ByteSink(BLOCK * 12);
        private final long[] hashes = new long[BLOCK];
        private final long[] offsets = new long[BLOCK];
        private int n;
        private LongBuf fence = new LongBuf(16);
        private long entries;
        private long bytes;

        Writer(Map<Long, byte[]> map, long runId) {
            this.map = map;
            this.runId = runId;
        }

        void add(long hash, long offset) {
            hashes[n] = hash;
            offsets[n] = offset;
            entries++;
            if (++n == BLOCK) flushBlock();
        }

        private void flushBlock() {
            if (n == 0) return;
            sink.reset();
            sink.writeVarInt(n);
            sink.writeLong(hashes[0]);
            long prev = hashes[0];
            for (int i = 0; i < n; i++) {
                sink.writeVarLong(hashes[i] - prev);
                prev = hashes[i];
                sink.writeVarLong(offsets[i]);
            }
            byte[] b = sink.toByteArray();
            map.put(key(runId, fence.size()), b);
            bytes += b.length;
            fence.add(hashes[0]);
            n = 0;
        }

        long bytes() {
            return bytes;
        }

        HashRun finish() {
            flushBlock();
            return new HashRun(runId, fence.toArray(), entries);
        }
    }

    /** Pairs of one block: [0] hashes, [1] offsets. */
    static long[][] decode(byte[] b) {
        ByteSource in = new ByteSource(b);
        int n = in.readVarInt();
        if (n > BLOCK) throw new CorruptStoreException("id index block too large");
        long[] h = new long[n];
        long[] o = new long[n];
        long prev = in.readLong();
        for (int i = 0; i < n; i++) {
            prev += in.readVarLong();
            h[i] = prev;
            o[i] = in.readVarLong();
        }
        return new long[][] {h, o};
    }

    long[][] block(Map<Long, byte[]> map, BlockCache<long[][]> cache, int blockNo) {
        return cache.get(key(runId, blockNo), k -> {
            byte[] b = map.get(k);
            if (b == null) throw new CorruptStoreException("id index block " + blockNo + " is missing");
            return decode(b);
        });
    }

    /** Adds the offsets stored for hash to out, ascending. */
    void lookup(long hash, Map<Long, byte[]> map, BlockCache<long[][]> cache, LongBuf out) {
        int b = lastBlockBelow(hash);
        for (; b < fence.length && Long.compareUnsigned(fence[b], hash) <= 0; b++) {
            long[][] pairs = block(map, cache, b);
            long[] h = pairs[0];
            for (int i = firstAtLeast(h, hash); i < h.length && h[i] == hash; i++) out.add(pairs[1][i]);
        }
    }

    private int lastBlockBelow(long hash) {
        int lo = 0;
        int hi = fence.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(fence[mid], hash) < 0) lo = mid + 1;
            else hi = mid;
        }
        return Math.max(0, lo - 1);
    }

    private static int firstAtLeast(long[] h, long hash) {
        int lo = 0;
        int hi = h.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(h[mid], hash) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    byte[] describe() {
        ByteSink out = new ByteSink(24 + fence.length * 8);
        out.writeVarLong(runId);
        out.writeVarLong(entries);
        out.writeVarInt(fence.length);
        for (long f : fence) out.writeLong(f);
        return out.toByteArray();
    }

    static HashRun read(byte[] description) {
        ByteSource in = new ByteSource(description);
        long runId = in.readVarLong();
        long entries = in.readVarLong();
        int n = in.readVarInt();
        long[] fence = new long[n];
        for (int i = 0; i < n; i++) fence[i] = in.readLong();
        return new HashRun(runId, fence, entries);
    }

    /** Streams the pairs of a run in order, one block in memory at a time. */
    static final class Cursor {
        private final HashRun run;
        private final Map<Long, byte[]> map;
        private int blockNo = -1;
        private long[][] pairs = {new long[0], new long[0]};
        private int limit;
        private int i;
        long hash;
        long offset;

        Cursor(HashRun run, Map<Long, byte[]> map) {
            this.run = run;
            this.map = map;
        }

        /** The first n pairs of the arrays, already in run order, as if they were a stored run. */
        static Cursor over(long[] hashes, long[] offsets, int n) {
            Cursor c = new Cursor(null, null);
            c.pairs = new long[][] {hashes, offsets};
            c.limit = n;
            return c;
        }

        boolean next() {
            while (i >= limit) {
                if (run == null || ++blockNo >= run.fence.length) return false;
                byte[] b = map.get(key(run.runId, blockNo));
                if (b == null) throw new CorruptStoreException("id run block " + blockNo + " is missing");
                pairs = decode(b);
                limit = pairs[0].length;
                i = 0;
            }
            hash = pairs[0][i];
            offset = pairs[1][i];
            i++;
            return true;
        }
    }
}
