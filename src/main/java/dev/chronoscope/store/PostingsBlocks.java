package dev.chronoscope.store;

import dev.chronoscope.codec.ByteSink;
import dev.chronoscope.codec.ByteSource;
import java.util.Map;

/**
 * The block format shared by postings runs and the final postings index: entries (key, offset)
 * in ascending order, grouped into pieces (a key and its offsets), at most {@link #MAX_ENTRIES}
 * entries per block; a key with more offsets continues in the next block. Keys are front-coded
 * against the previous piece and each block is LZ4-compressed. The writer records, per block,
 * the first entry and how many entries came before it (the {@link Fence}).
 */
final class PostingsBlocks {
    static final int MAX_ENTRIES = 4096;
    static final int MAX_RAW_BYTES = 64 * 1024;

    private PostingsBlocks() {}

    static long key(long runId, long blockNo) {
        return (runId << 32) | blockNo;
    }

    /** First entry of every block and the entries before it. */
    record Fence(String[] keys, long[] offsets, long[] before, long total) {
        static final Fence EMPTY = new Fence(new String[0], new long[0], new long[0], 0);

        void writeTo(ByteSink out) {
            out.writeVarInt(keys.length);
            for (int i = 0; i < keys.length; i++) {
                out.writeString(keys[i]);
                out.writeVarLong(offsets[i]);
                out.writeVarLong(before[i]);
            }
            out.writeVarLong(total);
        }

        static Fence read(ByteSource in) {
            int n = in.readVarInt();
            String[] k = new String[n];
            long[] o = new long[n];
            long[] b = new long[n];
            for (int i = 0; i < n; i++) {
                k[i] = in.readString();
                o[i] = in.readVarLong();
                b[i] = in.readVarLong();
            }
            return new Fence(k, o, b, in.readVarLong());
        }
    }

    /** A decoded block: piece keys, piece starts into offsets (with an end sentinel), offsets. */
    record Block(String[] keys, int[] starts, long[] offsets) {}

    static Block decode(byte[] packed) {
        ByteSource in = new ByteSource(Lz4.decompress(packed));
        int pieces = in.readVarInt();
        int entries = in.readVarInt();
        if (entries > MAX_ENTRIES) throw new CorruptStoreException("postings block too large");
        String[] keys = new String[pieces];
        int[] starts = new int[pieces + 1];
        long[] offsets = new long[entries];
        String prev = "";
        int e = 0;
        for (int p = 0; p < pieces; p++) {
            int shared = in.readVarInt();
            if (shared > prev.length()) throw new CorruptStoreException("postings key prefix out of range");
            prev = prev.substring(0, shared) + in.readString();
            keys[p] = prev;
            starts[p] = e;
            int n = in.readVarInt();
            if (e + n > entries) throw new CorruptStoreException("postings piece out of range");
            long last = 0;
            for (int i = 0; i < n; i++) {
                last += in.readVarLong();
                offsets[e++] = last;
            }
        }
        starts[pieces] = e;
        return new Block(keys, starts, offsets);
    }

    /** Takes (key, offset) entries in strictly ascending order. */
    static final class Writer {
        private final Map<Long, byte[]> map;
        private final long runId;
        private final ByteSink raw = new ByteSink(MAX_RAW_BYTES + 1024);
        private final Lz4.Packer lz4 = new Lz4.Packer();
        private final LongBuf fenceOffsets = new LongBuf(16);
        private final LongBuf fenceBefore = new LongBuf(16);
        private final java.util.List<String> fenceKeys = new java.util.ArrayList<>();
        private final ByteSink pieces = new ByteSink(MAX_RAW_BYTES + 1024);
        private int pieceCount;
        private int blockEntries;
        private String pieceKey;
        private String previousKey = "";
        private final LongBuf pieceOffsets = new LongBuf(64);
        private long total;
        private long bytes;

        Writer(Map<Long, byte[]> map, long runId) {
            this.map = map;
            this.runId = runId;
        }

        void add(String key, long offset) {
            if (blockEntries == 0 && pieceOffsets.size() == 0) {
                fenceKeys.add(key);
                fenceOffsets.add(offset);
                fenceBefore.add(total);
            }
            if (pieceKey != null && !pieceKey.equals(key)) closePiece();
            pieceKey = key;
            pieceOffsets.add(offset);
            blockEntries++;
            total++;
            if (blockEntries == MAX_ENTRIES || pieces.length() + pieceOffsets.size() * 3 > MAX_RAW_BYTES) closeBlock();
        }

        /**
         * Adds offsets[0 .. count) under key, as count calls of {@link #add} would, comparing the
         * key with the open piece's once instead of once per offset.
         */
        void addAll(String key, long[] offsets, int count) {
            if (count <= 0) return;
            if (pieceKey != null && !pieceKey.equals(key)) closePiece();
            for (int i = 0; i < count; i++) {
                if (blockEntries == 0 && pieceOffsets.size() == 0) {
                    fenceKeys.add(key);
                    fenceOffsets.add(offsets[i]);
                    fenceBefore.add(total);
                }
                pieceKey = key;
                pieceOffsets.add(offsets[i]);
                blockEntries++;
                total++;
                if (blockEntries == MAX_ENTRIES || pieces.length() + pieceOffsets.size() * 3 > MAX_RAW_BYTES) closeBlock();
            }
        }

        private void closePiece() {
            if (pieceOffsets.size() == 0) return;
            int shared = 0;
            int max = Math.min(previousKey.length(), pieceKey.length());
            while (shared < max && previousKey.charAt(shared) == pieceKey.charAt(shared)) shared++;
            if (shared > 0 && Character.isHighSurrogate(pieceKey.charAt(shared - 1))) shared--;
            pieces.writeVarInt(shared);
            pieces.writeString(pieceKey.substring(shared));
            pieces.writeVarInt(pieceOffsets.size());
            long last = 0;
            for (int i = 0; i < pieceOffsets.size(); i++) {
                pieces.writeVarLong(pieceOffsets.get(i) - last);
                last = pieceOffsets.get(i);
            }
            previousKey = pieceKey;
            pieceCount++;
            pieceOffsets.clear();
        }

        private void closeBlock() {
            closePiece();
            if (pieceCount == 0) return;
            raw.reset();
            raw.writeVarInt(pieceCount);
            raw.writeVarInt(blockEntries);
            raw.writeRaw(pieces.array(), 0, pieces.length());
            byte[] b = lz4.compress(raw.array(), raw.length());
            map.put(key(runId, fenceKeys.size() - 1), b);
            bytes += b.length;
            pieces.reset();
            pieceCount = 0;
            blockEntries = 0;
            previousKey = "";
            pieceKey = null;
        }

        long bytes() {
            return bytes + pieces.length();
        }

        Fence finish() {
            closeBlock();
            return new Fence(fenceKeys.toArray(new String[0]), fenceOffsets.toArray(), fenceBefore.toArray(), total);
        }
    }
}
