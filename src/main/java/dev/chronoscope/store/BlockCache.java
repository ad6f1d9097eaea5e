package dev.chronoscope.store;

import java.util.Arrays;
import java.util.function.LongFunction;

/**
 * A small thread-safe LRU of decoded blocks, so that neighbouring reads decode a block once. The
 * keys sit in a plain array scanned in order: a hit allocates nothing, where a map boxed the key of
 * every read, and some callers read millions of values a second (the causality view's lanes).
 */
final class BlockCache<V> {
    private final long[] keys;
    private final Object[] values;
    private final long[] lastUse;
    private int size;
    private long clock;

    BlockCache(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("a block cache holds at least one block, not " + capacity);
        keys = new long[capacity];
        values = new Object[capacity];
        lastUse = new long[capacity];
    }

    @SuppressWarnings("unchecked")
    V get(long block, LongFunction<V> load) {
        synchronized (this) {
            int i = indexOf(block);
            if (i >= 0) {
                lastUse[i] = ++clock;
                return (V) values[i];
            }
        }
        V loaded = load.apply(block);
        synchronized (this) {
            // Another thread may have loaded the same block meanwhile: keep one copy.
            int i = indexOf(block);
            if (i < 0) i = size < keys.length ? size++ : leastRecentlyUsed();
            keys[i] = block;
            values[i] = loaded;
            lastUse[i] = ++clock;
        }
        return loaded;
    }

    void clear() {
        synchronized (this) {
            Arrays.fill(values, null);
            size = 0;
        }
    }

    private int indexOf(long block) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == block) return i;
        }
        return -1;
    }

    private int leastRecentlyUsed() {
        int oldest = 0;
        for (int i = 1; i < size; i++) {
            if (lastUse[i] < lastUse[oldest]) oldest = i;
        }
        return oldest;
    }
}
