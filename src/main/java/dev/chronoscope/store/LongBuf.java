package dev.chronoscope.store;

import java.util.Arrays;

/** A growable array of longs. */
final class LongBuf {
    private long[] values;
    private int size;

    LongBuf() {
        this(4);
    }

    LongBuf(int capacity) {
        values = new long[Math.max(1, capacity)];
    }

    void add(long v) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = v;
    }

    long get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }

    /** Sorts and drops repeated values. */
    long[] toSortedDistinctArray() {
        long[] a = toArray();
        Arrays.sort(a);
        int n = 0;
        for (int i = 0; i < a.length; i++) if (n == 0 || a[i] != a[n - 1]) a[n++] = a[i];
        return n == a.length ? a : Arrays.copyOf(a, n);
    }
}
