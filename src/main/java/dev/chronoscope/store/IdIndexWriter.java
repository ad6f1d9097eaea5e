package dev.chronoscope.store;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.PriorityQueue;

/**
 * Builds the id → offsets index in bounded memory. Recent (hash, offset) pairs sit in a buffer;
 * a full buffer is radix-sorted and written as a {@link HashRun}, with a blocked Bloom filter (one
 * 64-bit word per id, so one memory access per run) kept in memory so that lookups of ids seen so
 * far skip runs that cannot hold them. The buffer's open-addressing table is filled lazily, on the
 * first lookup after appends: an ingest that never asks pays no random memory access per id. {@link #finish} merges the runs into the final index; duplicates are counted by the
 * same merge (total pairs minus distinct hashes).
 */
final class IdIndexWriter {
    private static final int BLOOM_HASHES = 5;

    private final NavigableMap<Long, byte[]> tmp;
    private final NavigableMap<Long, byte[]> index;
    private final int capacity;
    private final long[] hashes;
    private final long[] offsets;
    private final int[] next;
    private final int[] table;
    private final RadixSort sorter;
    private int n;
    private int indexed;
    private final List<HashRun> runs = new ArrayList<>();
    private final List<long[]> blooms = new ArrayList<>();
    private final BlockCache<long[][]> cache = new BlockCache<>(16);
    private long total;
    private long duplicatesAt = -1;
    private long duplicates;
    private long bytes;

    IdIndexWriter(NavigableMap<Long, byte[]> tmp, NavigableMap<Long, byte[]> index, int capacity) {
        this.tmp = tmp;
        this.index = index;
        this.capacity = capacity;
        hashes = new long[capacity];
        offsets = new long[capacity];
        next = new int[capacity];
        table = new int[Integer.highestOneBit(capacity) * 4];
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

    private int findSlot(long h) {
        int mask = table.length - 1;
        int slot = (int) (h ^ (h >>> 29)) & mask;
        while (table[slot] != 0 && hashes[table[slot] - 1] != h) slot = (slot + 1) & mask;
        return slot;
    }

    private void indexBuffer() {
        for (; indexed < n; indexed++) {
            int slot = findSlot(hashes[indexed]);
            next[indexed] = table[slot];
            table[slot] = indexed + 1;
        }
    }

    long[] offsetsSoFar(String id) {
        indexBuffer();
        long h = IdHash.of(id);
        LongBuf out = new LongBuf(4);
        for (int r = 0; r < runs.size(); r++) {
            if (mayContain(blooms.get(r), h)) runs.get(r).lookup(h, tmp, cache, out);
        }
        int mark = out.size();
        for (int i = table[findSlot(h)]; i != 0; i = next[i - 1]) out.add(offsets[i - 1]);
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
        if (duplicatesAt != total) {
            duplicates = total - merge(null);
            duplicatesAt = total;
        }
        return duplicates;
    }

    long bytesWritten() {
        return bytes;
    }

    /** Merges everything into the final index and returns its description. */
    HashRun finish() {
        HashRun.Writer out = new HashRun.Writer(index, 0);
        duplicates = total - merge(out);
        duplicatesAt = total;
        tmp.clear();
        return out.finish();
    }

    /** Streams all pairs in (hash, offset) order into out (when not null); returns distinct hashes. */
    private long merge(HashRun.Writer out) {
        flushBuffer();
        PriorityQueue<HashRun.Cursor> heap = new PriorityQueue<>(Math.max(1, runs.size()), (a, b) -> {
            int c = Long.compareUnsigned(a.hash, b.hash);
            return c != 0 ? c : Long.compare(a.offset, b.offset);
        });
        for (HashRun r : runs) {
            HashRun.Cursor c = new HashRun.Cursor(r, tmp);
            if (c.next()) heap.add(c);
        }
        long distinct = 0;
        boolean first = true;
        long last = 0;
        while (!heap.isEmpty()) {
            HashRun.Cursor c = heap.poll();
            if (first || c.hash != last) distinct++;
            first = false;
            last = c.hash;
            if (out != null) out.add(c.hash, c.offset);
            if (c.next()) heap.add(c);
        }
        return distinct;
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
        if (indexed > 0) java.util.Arrays.fill(table, 0);
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
