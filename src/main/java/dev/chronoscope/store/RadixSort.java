package dev.chronoscope.store;

/** A stable LSD radix sort of (key, value) pairs by unsigned key, 16 bits per pass. */
final class RadixSort {
    private RadixSort() {}

    static long[][] byUnsignedKey(long[] keys, long[] values, int n) {
        long[] k = java.util.Arrays.copyOf(keys, n);
        long[] v = java.util.Arrays.copyOf(values, n);
        long[] k2 = new long[n];
        long[] v2 = new long[n];
        int[] counts = new int[1 << 16];
        for (int shift = 0; shift < 64; shift += 16) {
            java.util.Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) counts[(int) (k[i] >>> shift) & 0xFFFF]++;
            int sum = 0;
            for (int d = 0; d < counts.length; d++) {
                int c = counts[d];
                counts[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int pos = counts[(int) (k[i] >>> shift) & 0xFFFF]++;
                k2[pos] = k[i];
                v2[pos] = v[i];
            }
            long[] t = k; k = k2; k2 = t;
            t = v; v = v2; v2 = t;
        }
        return new long[][] {k, v};
    }
}
