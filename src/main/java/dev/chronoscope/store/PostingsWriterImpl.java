package dev.chronoscope.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Collects (key, offset) postings until about {@link #BUDGET} bytes, then writes them as a sorted
 * run; {@link #finish} merges the runs (offsets may arrive in any order, and repeated entries
 * collapse) into the final index, key by key. Memory stays bounded however many keys and entries arrive; the
 * merge holds one block per run.
 *
 * <p>A run in memory is flat: each key gets a small number on first sight, and each entry is one
 * long, the key's number above {@link #OFFSET_BITS} bits of offset. Millions of entries are then
 * one array instead of a list object per key, which young collections would copy again and again,
 * and sorting a run is a counting sort of that array by key, after the key numbers are
 * renumbered in key order.
 *
 * <p>Keys that are numbers ({@link #addUnderNumber}, the causal edges' offsets) wait as numbers in
 * a buffer of their own: a pair of longs per entry, no key table, no string until the run is
 * written. That buffer is sorted by radix on a number whose order is the order of the decimal
 * texts ({@link #textOrder}), so its run comes out in the same String order as any other.
 */
final class PostingsWriterImpl implements Postings.Writer {
    static final long BUDGET = 24L << 20;
    static final int OFFSET_BITS = 40;
    static final long MAX_OFFSET = (1L << OFFSET_BITS) - 1;
    /** Key numbers must fit the 24 bits above the offset. */
    static final int MAX_KEYS_PER_RUN = 1 << 23;
    private static final int KEY_COST = 64;
    /** A number's bytes of estimate: two longs, and the radix sort's scratch for both. */
    private static final int NUMBER_ENTRY_COST = 32;
    /** Number keys must have at most this many digits (offsets have at most 13). */
    static final int MAX_NUMBER_DIGITS = 15;
    private static final long[] POWERS_OF_TEN = new long[MAX_NUMBER_DIGITS + 1];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }

    private final Map<Long, byte[]> tmp;
    private final Map<Long, byte[]> index;
    private final long budget;
    private final KeyNumbers keys = new KeyNumbers();
    private long[] entries = new long[1024];
    private int entryCount;
    /** Entries under number keys: textOrder(key) and offset, side by side. */
    private long[] numberKeys = new long[0];
    private long[] numberOffsets = new long[0];
    private int numberCount;
    private long estimate;
    private final List<PostingsBlocks.Fence> runs = new ArrayList<>();
    private long bytes;
    private PostingsBlocks.Fence fence;
    private SortedRunWriter openRun;

    PostingsWriterImpl(Map<Long, byte[]> tmp, Map<Long, byte[]> index, long budget) {
        this.tmp = tmp;
        this.index = index;
        this.budget = budget;
    }

    @Override
    public void add(String key, long offset) {
        checkNotFinished();
        long number = keyNumber(key);
        checkOffset(offset);
        ensureRoom(1);
        entries[entryCount++] = number | offset;
        estimate += 8;
        if (estimate > budget) flushRun();
    }

    @Override
    public void addAll(String key, long[] offsets, int count) {
        checkNotFinished();
        long number = keyNumber(key);
        ensureRoom(count);
        for (int i = 0; i < count; i++) {
            long offset = offsets[i];
            checkOffset(offset);
            entries[entryCount++] = number | offset;
        }
        estimate += 8L * count;
        if (estimate > budget) flushRun();
    }

    @Override
    public void addUnderNumber(long number, long offset) {
        checkNotFinished();
        if (number < 0 || number >= POWERS_OF_TEN[MAX_NUMBER_DIGITS]) {
            throw new IllegalArgumentException("postings number key " + number + " is outside 0.." + (POWERS_OF_TEN[MAX_NUMBER_DIGITS] - 1));
        }
        checkOffset(offset);
        if (numberCount == numberKeys.length) {
            int grown = Math.max(1024, numberCount * 2);
            numberKeys = Arrays.copyOf(numberKeys, grown);
            numberOffsets = Arrays.copyOf(numberOffsets, grown);
        }
        numberKeys[numberCount] = textOrder(number);
        numberOffsets[numberCount++] = offset;
        estimate += NUMBER_ENTRY_COST;
        if (estimate > budget) flushRun();
    }

    /**
     * A number whose order is the String order of the decimal texts: the digits padded on the
     * right with zeros to {@link #MAX_NUMBER_DIGITS}, then the digit count, since "1" comes
     * before "10", which pads the same. Reversible: see {@link #numberOf}.
     */
    static long textOrder(long number) {
        int digits = digits(number);
        return (number * POWERS_OF_TEN[MAX_NUMBER_DIGITS - digits]) << 4 | digits;
    }

    static long numberOf(long textOrder) {
        return (textOrder >>> 4) / POWERS_OF_TEN[MAX_NUMBER_DIGITS - (int) (textOrder & 15)];
    }

    private static int digits(long number) {
        int d = 1;
        while (d < MAX_NUMBER_DIGITS && number >= POWERS_OF_TEN[d]) d++;
        return d;
    }

    private void checkNotFinished() {
        if (fence != null) throw new IllegalStateException("postings added after the index was finished");
        if (openRun != null) throw new IllegalStateException("postings added while a sorted run is open");
    }

    @Override
    public Postings.SortedRun sortedRun() {
        checkNotFinished();
        flushRun(); // what is buffered becomes a run of its own, so runs keep their arrival order
        openRun = new SortedRunWriter(new PostingsBlocks.Writer(tmp, runs.size() + 1L));
        return openRun;
    }

    /** Checks the producer's order as it goes, since a run out of order would make a wrong index. */
    private final class SortedRunWriter implements Postings.SortedRun {
        private final PostingsBlocks.Writer blocks;
        private String previousKey;
        private long lastOffset;

        SortedRunWriter(PostingsBlocks.Writer blocks) {
            this.blocks = blocks;
        }

        @Override
        public void add(String key, long[] offsets, int count) {
            if (openRun != this) throw new IllegalStateException("sorted run added to after it was closed");
            if (key == null) throw new IllegalArgumentException("postings key is null");
            boolean continues = key.equals(previousKey);
            if (previousKey != null && !continues && previousKey.compareTo(key) > 0) {
                throw new IllegalArgumentException("sorted run key \"" + key + "\" does not follow \"" + previousKey + "\"");
            }
            long last = continues ? lastOffset : -1;
            for (int i = 0; i < count; i++) {
                checkOffset(offsets[i]);
                if (offsets[i] <= last) {
                    throw new IllegalArgumentException("sorted run offsets of \"" + key + "\" do not ascend: " + offsets[i] + " after " + last);
                }
                last = offsets[i];
            }
            if (count == 0) return;
            blocks.addAll(key, offsets, count);
            previousKey = key;
            lastOffset = last;
        }

        @Override
        public void close() {
            if (openRun != this) return;
            openRun = null;
            if (previousKey == null) return;
            runs.add(blocks.finish());
            bytes += blocks.bytes();
        }
    }

    private long keyNumber(String key) {
        if (key == null) throw new IllegalArgumentException("postings key is null");
        if (keys.size() == MAX_KEYS_PER_RUN && keys.find(key) < 0) flushRun();
        int before = keys.size();
        int number = keys.numberOf(key);
        if (keys.size() > before) estimate += KEY_COST + 2L * key.length();
        return (long) number << OFFSET_BITS;
    }

    private static void checkOffset(long offset) {
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("postings offset " + offset + " is outside 0.." + MAX_OFFSET);
        }
    }

    private void ensureRoom(int more) {
        if (entryCount + more > entries.length) {
            entries = Arrays.copyOf(entries, Math.max(entries.length * 2, entryCount + more));
        }
    }

    long bytesWritten() {
        return bytes + estimate / 4;
    }

    private void flushRun() {
        if (entryCount > 0) runs.add(writeBuffer(new PostingsBlocks.Writer(tmp, runs.size() + 1L)));
        if (numberCount > 0) runs.add(writeNumbers(new PostingsBlocks.Writer(tmp, runs.size() + 1L)));
    }

    /**
     * Writes the number-keyed buffer as one run and empties it: a stable radix sort by text order
     * keeps each key's offsets in arrival order, which the contract makes ascending; a key whose
     * offsets did arrive out of order is sorted on its own.
     */
    private PostingsBlocks.Fence writeNumbers(PostingsBlocks.Writer w) {
        int n = numberCount;
        new RadixSort(n).sortByUnsignedKey(numberKeys, numberOffsets, n);
        for (int from = 0; from < n; ) {
            long key = numberKeys[from];
            int to = from + 1;
            boolean ascending = true;
            while (to < n && numberKeys[to] == key) {
                if (numberOffsets[to] < numberOffsets[to - 1]) ascending = false;
                to++;
            }
            if (!ascending) Arrays.sort(numberOffsets, from, to);
            String text = Long.toString(numberOf(key));
            long previous = -1;
            for (int i = from; i < to; i++) {
                if (numberOffsets[i] == previous) continue;
                previous = numberOffsets[i];
                w.add(text, previous);
            }
            from = to;
        }
        numberCount = 0;
        if (numberKeys.length > (int) Math.min(Integer.MAX_VALUE - 8, budget / NUMBER_ENTRY_COST + 1024)) {
            numberKeys = new long[0];
            numberOffsets = new long[0];
        }
        estimate = entryCount == 0 ? 0 : estimate - (long) n * NUMBER_ENTRY_COST;
        PostingsBlocks.Fence fence = w.finish();
        bytes += w.bytes();
        return fence;
    }

    /**
     * Orders the buffer by key rank, then offset. Entries arrived with each key's offsets
     * ascending (the writer's contract), so a stable counting sort by key (one histogram, one
     * scatter) usually leaves them fully ordered, where a radix sort of whole entries took five
     * passes; a key whose offsets did arrive out of order is sorted on its own.
     */
    private void sortByKeyThenOffset(int keyCount) {
        int n = entryCount;
        if (n < 2) return;
        int[] starts = new int[keyCount + 1];
        for (int i = 0; i < n; i++) starts[(int) (entries[i] >>> OFFSET_BITS) + 1]++;
        for (int k = 0; k < keyCount; k++) starts[k + 1] += starts[k];
        long[] ordered = new long[n];
        int[] next = Arrays.copyOf(starts, keyCount);
        for (int i = 0; i < n; i++) {
            long e = entries[i];
            ordered[next[(int) (e >>> OFFSET_BITS)]++] = e;
        }
        for (int k = 0; k < keyCount; k++) {
            int from = starts[k], to = starts[k + 1];
            for (int i = from + 1; i < to; i++) {
                if (ordered[i] < ordered[i - 1]) {
                    Arrays.sort(ordered, from, to);
                    break;
                }
            }
        }
        System.arraycopy(ordered, 0, entries, 0, n);
    }

    /** Writes the run in (key, offset) order, each distinct entry once, and empties the buffer. */
    private PostingsBlocks.Fence writeBuffer(PostingsBlocks.Writer w) {
        String[] sorted = keys.inKeyOrder();
        long[] rankOfNumber = new long[sorted.length];
        for (int rank = 0; rank < sorted.length; rank++) rankOfNumber[keys.find(sorted[rank])] = (long) rank << OFFSET_BITS;
        for (int i = 0; i < entryCount; i++) {
            long e = entries[i];
            entries[i] = rankOfNumber[(int) (e >>> OFFSET_BITS)] | (e & MAX_OFFSET);
        }
        sortByKeyThenOffset(sorted.length);
        long previous = -1;
        for (int i = 0; i < entryCount; i++) {
            long e = entries[i];
            if (e == previous) continue;
            previous = e;
            w.add(sorted[(int) (e >>> OFFSET_BITS)], e & MAX_OFFSET);
        }
        keys.clear();
        entryCount = 0;
        if (entries.length > (int) Math.min(Integer.MAX_VALUE - 8, budget / 8 + 1024)) entries = new long[1024];
        estimate = (long) numberCount * NUMBER_ENTRY_COST;
        PostingsBlocks.Fence fence = w.finish();
        bytes += w.bytes();
        return fence;
    }

    /**
     * Merges all runs into the final index, once; returns its fence. A producer may call it on its
     * own thread as soon as it is done (see {@link Postings.Writer#finishNow}), so that this merge
     * runs beside the other stages' work instead of in the serial commit.
     */
    PostingsBlocks.Fence finish() {
        if (openRun != null) throw new IllegalStateException("postings finished while a sorted run is open");
        if (fence == null) fence = merge();
        return fence;
    }

    @Override
    public void finishNow() {
        finish();
    }

    /** Merges all runs into the final index, once (see {@link PostingsRunMerge}). */
    private PostingsBlocks.Fence merge() {
        if (runs.isEmpty() && numberCount == 0) return writeBuffer(new PostingsBlocks.Writer(index, 0));
        if (runs.isEmpty() && entryCount == 0) return writeNumbers(new PostingsBlocks.Writer(index, 0));
        flushRun();
        PostingsBlocks.Fence merged = PostingsRunMerge.merge(tmp, runs, index);
        tmp.clear();
        return merged;
    }
}
