package dev.chronoscope.causality;

import java.util.Arrays;

/** A growable long array without boxing. */
final class LongList {
    private long[] values = new long[16];
    private int size;

    void add(long v) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = v;
    }

    void addAll(LongList other) {
        for (int i = 0; i < other.size; i++) add(other.values[i]);
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

    void sort(boolean descending) {
        Arrays.sort(values, 0, size);
        if (!descending) return;
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            long t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
