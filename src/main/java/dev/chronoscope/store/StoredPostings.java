package dev.chronoscope.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads a postings index through ranks: rank(key, offset) is the number of entries before
 * (key, offset) in the global order, found from the in-memory fence plus one block. Counting,
 * ranges, floor and ceiling are differences of ranks, so each costs one or two block reads.
 */
final class StoredPostings implements Postings {
    private final Map<Long, byte[]> map;
    private final PostingsBlocks.Fence fence;
    private final BlockCache<PostingsBlocks.Block> cache = new BlockCache<>(16);

    StoredPostings(Map<Long, byte[]> map, PostingsBlocks.Fence fence) {
        this.map = map;
        this.fence = fence;
    }

    @Override
    public long[] offsets(String key, long from, long to) {
        if (to <= from) return new long[0];
        long r1 = rank(key, from);
        long r2 = rank(key, to);
        long[] out = new long[(int) (r2 - r1)];
        for (long r = r1; r < r2; ) {
            int b = blockOfRank(r);
            PostingsBlocks.Block block = block(b);
            int i = (int) (r - fence.before()[b]);
            for (; i < block.offsets().length && r < r2; i++, r++) out[(int) (r - r1)] = block.offsets()[i];
        }
        return out;
    }

    @Override
    public long floor(String key, long offset) {
        long r = offset == Long.MAX_VALUE ? rank(key, offset) + countAt(key, offset) : rank(key, offset + 1);
        if (r == 0) return -1;
        return entryOf(key, r - 1);
    }

    @Override
    public long ceiling(String key, long offset) {
        long r = rank(key, offset);
        if (r >= fence.total()) return -1;
        return entryOf(key, r);
    }

    @Override
    public long count(String key) {
        return rank(key, Long.MAX_VALUE) + countAt(key, Long.MAX_VALUE) - rank(key, Long.MIN_VALUE);
    }

    @Override
    public List<String> keysWithPrefix(String prefix, int limit) {
        List<String> keys = new ArrayList<>();
        if (limit <= 0 || fence.total() == 0) return keys;
        long r = rank(prefix, Long.MIN_VALUE);
        for (int b = r >= fence.total() ? fence.keys().length : blockOfRank(r); b < fence.keys().length; b++) {
            PostingsBlocks.Block block = block(b);
            for (String k : block.keys()) {
                if (k.compareTo(prefix) < 0) continue;
                if (!k.startsWith(prefix)) return keys;
                if (keys.isEmpty() || !keys.get(keys.size() - 1).equals(k)) {
                    if (keys.size() == limit) return keys;
                    keys.add(k);
                }
            }
        }
        return keys;
    }

    @Override
    public void forEachKey(String fromKey, String toKey, BiConsumer<String, long[]> visitor) {
        if (fromKey.compareTo(toKey) > 0) return;
        long r = rank(fromKey, Long.MIN_VALUE);
        if (r >= fence.total()) return;
        // A key whose offsets continue in the next block is handed over once, whole.
        String key = null;
        long[] offsets = null;
        for (int b = blockOfRank(r); b < fence.keys().length; b++) {
            PostingsBlocks.Block block = block(b);
            for (int p = 0; p < block.keys().length; p++) {
                String k = block.keys()[p];
                if (k.compareTo(fromKey) < 0) continue;
                if (k.compareTo(toKey) > 0) {
                    if (key != null) visitor.accept(key, offsets);
                    return;
                }
                long[] piece = Arrays.copyOfRange(block.offsets(), block.starts()[p], block.starts()[p + 1]);
                if (k.equals(key)) {
                    long[] joined = Arrays.copyOf(offsets, offsets.length + piece.length);
                    System.arraycopy(piece, 0, joined, offsets.length, piece.length);
                    offsets = joined;
                    continue;
                }
                if (key != null) visitor.accept(key, offsets);
                key = k;
                offsets = piece;
            }
        }
        if (key != null) visitor.accept(key, offsets);
    }

    /** 1 when (key, offset) itself is an entry (only needed at the top of the offset range). */
    private long countAt(String key, long offset) {
        long r = rank(key, offset);
        return r < fence.total() && entryOf(key, r) == offset ? 1 : 0;
    }

    /** The offset of the entry at rank r when it belongs to key, else -1. */
    private long entryOf(String key, long r) {
        int b = blockOfRank(r);
        PostingsBlocks.Block block = block(b);
        int i = (int) (r - fence.before()[b]);
        int p = Arrays.binarySearch(block.starts(), 0, block.keys().length, i);
        if (p < 0) p = -p - 2;
        return block.keys()[p].equals(key) ? block.offsets()[i] : -1;
    }

    private long rank(String key, long offset) {
        int b = blockAtOrBefore(key, offset);
        if (b < 0) return 0;
        PostingsBlocks.Block block = block(b);
        String[] keys = block.keys();
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid].compareTo(key) < 0) lo = mid + 1;
            else hi = mid;
        }
        int within = block.starts()[lo];
        if (lo < keys.length && keys[lo].equals(key)) {
            int i = Arrays.binarySearch(block.offsets(), block.starts()[lo], block.starts()[lo + 1], offset);
            within = i >= 0 ? i : -i - 1;
        }
        return fence.before()[b] + within;
    }

    /** The last block whose first entry is ≤ (key, offset), or -1. */
    private int blockAtOrBefore(String key, long offset) {
        int lo = 0;
        int hi = fence.keys().length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = fence.keys()[mid].compareTo(key);
            if (c < 0 || (c == 0 && fence.offsets()[mid] <= offset)) lo = mid + 1;
            else hi = mid;
        }
        return lo - 1;
    }

    private int blockOfRank(long r) {
        int i = Arrays.binarySearch(fence.before(), r);
        if (i >= 0) {
            while (i + 1 < fence.before().length && fence.before()[i + 1] == r) i++;
            return i;
        }
        return -i - 2;
    }

    private PostingsBlocks.Block block(int b) {
        return cache.get(b, k -> {
            byte[] packed = map.get(PostingsBlocks.key(0, k));
            if (packed == null) throw new CorruptStoreException("postings block " + k + " is missing");
            return PostingsBlocks.decode(packed);
        });
    }
}
