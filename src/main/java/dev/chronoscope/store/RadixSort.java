package dev.chronoscope.store;

import java.util.Arrays;

/**
 * A stable LSD radix sort of (key, value) pairs by unsigned key, 11 bits per pass (2048 buckets
 * keep the scatter writes cache friendly). Six passes (an even number) leave the result in the
 * caller's arrays; the scratch arrays are reused.
 */
final class RadixSort {
    private static final int BITS = 11;
    private static final int MASK = (1 << BITS) - 1;

    private final long[] scratchKeys;
    private final long[] scratchValues;
    private final int[] counts = new int[1 << BITS];

    RadixSort(int capacity) {
        scratchKeys = new long[capacity];
        scratchValues = new long[capacity];
    }

    void sortByUnsignedKey(long[] keys, long[] values, int n) {
        long[] k = keys;
        long[] v = values;
        long[] k2 = scratchKeys;
        long[] v2 = scratchValues;
        for (int shift = 0; shift < 64; shift += BITS) {
            Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) counts[(int) (k[i] >>> shift) & MASK]++;
            int sum = 0;
            for (int d = 0; d < counts.length; d++) {
                int c = counts[d];
                counts[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int pos = counts[(int) (k[i] >>> shift) & MASK]++;
                k2[pos] = k[i];
                v2[pos] = v[i];
            }
            long[] t = k;
            k = k2;
            k2 = t;
            t = v;
            v = v2;
            v2 = t;
        }
    }
}
