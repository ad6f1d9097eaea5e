package dev.chronoscope.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the id → offsets index in bounded memory. Recent (hash, offset) pairs sit in a buffer;
 * a full buffer is radix-sorted and written as a {@link HashRun}, with a blocked Bloom filter (one
 * 64-bit word per id, so one memory access per run) kept in memory so that lookups of ids seen so
 * far skip runs that cannot hold them. The buffer's open-addressing table is filled lazily, on the
 * first lookup after appends: an ingest that never asks pays no random memory access per id.
 *
 * <p>{@link #finish} merges the runs into the final index. Duplicates are counted by the same
 * merge (total pairs minus distinct hashes), which {@link #finish} reuses when nothing was
 * appended after the count was asked for. The merge also keeps the first duplicate in log order,
 * in constant space, for the warning that names it.
 */
final class IdIndexWriter {
    private static final int BLOOM_HASHES = 5;
    private static final long[] NONE = new long[0];

    private final Map<Long, byte[]> tmp;
    private final Map<Long, byte[]> index;
    private final int capacity;
    private final long[] hashes;
    private final long[] offsets;
    private final int[] next;
    /**
     * Open addressing over the buffer: each entry is the hash's high bits (a tag) over the
     * buffer position + 1 of the latest pair with that hash, so that a probe compares tags
     * without reading {@link #hashes}; 0 is a free entry. At most half full.
     */
    private final long[] table;
    private final long positionMask;
    private final LongBuf found = new LongBuf(4);
    private final RadixSort sorter;
    private int n;
    private int indexed;
    private final List<HashRun> runs = new ArrayList<>();
    private final List<long[]> blooms = new ArrayList<>();
    private final BlockCache<long[][]> cache = new BlockCache<>(16);
    private long total;
    private long mergedAt = -1;
    private HashRun merged;
    private long duplicates;
    private DuplicateId firstDuplicate;
    private long bytes;

    IdIndexWriter(Map<Long, byte[]> tmp, Map<Long, byte[]> index, int capacity) {
        this.tmp = tmp;
        this.index = index;
        this.capacity = capacity;
        hashes = new long[capacity];
        offsets = new long[capacity];
        next = new int[capacity];
        table = new long[Integer.highestOneBit(Math.max(1, capacity - 1)) * 4];
        positionMask = (1L << (64 - Long.numberOfLeadingZeros(capacity))) - 1;
        sorter = new RadixSort(capacity);
    }

    void add(String id, long offset) {
        long h = IdHash.of(id);
        hashes[n] = h;
        offsets[n] = offset;
        n++;
        total++;
        if (n == capacity) flushBuffer();
    }

    /** The entry of h, or the free entry where it would go. */
    private int findSlot(long h) {
        int mask = table.length - 1;
        long tag = h & ~positionMask;
        int slot = (int) (h ^ (h >>> 29)) & mask;
        for (long e; (e = table[slot]) != 0; slot = (slot + 1) & mask) {
            if ((e & ~positionMask) == tag && hashes[(int) (e & positionMask) - 1] == h) return slot;
        }
        return slot;
    }

    private void indexBuffer() {
        for (; indexed < n; indexed++) {
            long h = hashes[indexed];
            int slot = findSlot(h);
            next[indexed] = (int) (table[slot] & positionMask);
            table[slot] = (h & ~positionMask) | (indexed + 1);
        }
    }

    long[] offsetsSoFar(String id) {
        indexBuffer();
        long h = IdHash.of(id);
        LongBuf out = found;
        out.clear();
        for (int r = 0; r < runs.size(); r++) {
            if (mayContain(blooms.get(r), h)) runs.get(r).lookup(h, tmp, cache, out);
        }
        int mark = out.size();
        for (int i = (int) (table[findSlot(h)] & positionMask); i != 0; i = next[i - 1]) out.add(offsets[i - 1]);
        if (out.size() == 0) return NONE;
        long[] result = out.toArray();
        reverse(result, mark, result.length);
        return result;
    }

    private static void reverse(long[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            long t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    long duplicates() {
        if (mergedAt != total) mergeAll();
        return duplicates;
    }

    /** The duplicate with the lowest offset, found by the same merge that counts them; null when none. */
    DuplicateId firstDuplicate() {
        if (mergedAt != total) mergeAll();
        return firstDuplicate;
    }

    long bytesWritten() {
        return bytes;
    }

    /** The final index; reuses the merge {@link #duplicates} did when nothing was added since. */
    HashRun finish() {
        if (mergedAt != total) mergeAll();
        tmp.clear();
        return merged;
    }

    /** Merges every run into the final index, counting duplicates on the way. */
    private void mergeAll() {
        if (merged != null) index.clear();
        HashRun.Writer out = new HashRun.Writer(index, 0);
        duplicates = total - merge(out);
        merged = out.finish();
        mergedAt = total;
    }

    /** Streams all pairs in (hash, offset) order into out; returns the number of distinct hashes. */
    private long merge(HashRun.Writer out) {
        HashRun.Cursor[] heap = new HashRun.Cursor[runs.size() + 1];
        int size = 0;
        for (HashRun r : runs) {
            HashRun.Cursor c = new HashRun.Cursor(r, tmp);
            if (c.next()) heap[size++] = c;
        }
        HashRun.Cursor recent = sortedBuffer();
        if (recent.next()) heap[size++] = recent;
        for (int i = size / 2 - 1; i >= 0; i--) siftDown(heap, i, size);
        long distinct = 0;
        boolean first = true;
        long last = 0;
        long lastOffset = 0;
        firstDuplicate = null;
        while (size > 0) {
            HashRun.Cursor c = heap[0];
            if (first || c.hash != last) {
                distinct++;
            } else if (firstDuplicate == null || c.offset < firstDuplicate.offset()) {
                // pairs of one hash arrive by offset, so the previous pair is the nearest earlier twin
                firstDuplicate = new DuplicateId(c.offset, lastOffset);
            }
            first = false;
            last = c.hash;
            lastOffset = c.offset;
            out.add(c.hash, c.offset);
            if (!c.next()) {
                heap[0] = heap[--size];
                heap[size] = null;
            }
            siftDown(heap, 0, size);
        }
        return distinct;
    }

    /** A binary min-heap of cursors by (unsigned hash, offset), without a comparator object per step. */
    private static void siftDown(HashRun.Cursor[] heap, int i, int size) {
        HashRun.Cursor c = heap[i];
        if (c == null) return;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) break;
            if (child + 1 < size && before(heap[child + 1], heap[child])) child++;
            if (!before(heap[child], c)) break;
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = c;
    }

    private static boolean before(HashRun.Cursor a, HashRun.Cursor b) {
        int c = Long.compareUnsigned(a.hash, b.hash);
        return c != 0 ? c < 0 : a.offset < b.offset;
    }

    /**
     * The buffer sorted in place, as a run that is merged straight from memory instead of being
     * written out and read back. Sorting moves pairs, so the lookup table is rebuilt on next use.
     */
    private HashRun.Cursor sortedBuffer() {
        sorter.sortByUnsignedKey(hashes, offsets, n);
        if (indexed > 0) java.util.Arrays.fill(table, 0L);
        indexed = 0;
        return HashRun.Cursor.over(hashes, offsets, n);
    }

    private void flushBuffer() {
        if (n == 0) return;
        sorter.sortByUnsignedKey(hashes, offsets, n);
        HashRun.Writer w = new HashRun.Writer(tmp, runs.size() + 1L);
        long[] bloom = new long[Math.max(1, (n * 12 + 63) / 64)];
        for (int i = 0; i < n; i++) {
            w.add(hashes[i], offsets[i]);
            addToBloom(bloom, hashes[i]);
        }
        runs.add(w.finish());
        blooms.add(bloom);
        bytes += w.bytes();
        if (indexed > 0) java.util.Arrays.fill(table, 0L);
        indexed = 0;
        n = 0;
    }

    private static void addToBloom(long[] bloom, long h) {
        bloom[bloomWord(bloom, h)] |= bloomBits(h);
    }

    private static boolean mayContain(long[] bloom, long h) {
        long bits = bloomBits(h);
        return (bloom[bloomWord(bloom, h)] & bits) == bits;
    }

    private static int bloomWord(long[] bloom, long h) {
        return (int) (Integer.toUnsignedLong((int) (h >>> 32)) % bloom.length);
    }

    /** BLOOM_HASHES bit positions within one word, from 6-bit slices of the hash's low half. */
    private static long bloomBits(long h) {
        long bits = 0;
        for (int i = 0; i < BLOOM_HASHES; i++) bits |= 1L << ((h >>> (i * 6)) & 63);
        return bits;
    }
}
