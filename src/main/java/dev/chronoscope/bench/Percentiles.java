package dev.chronoscope.bench;

import java.util.Arrays;

final class Percentiles {
    private Percentiles() {}

    /** The p-th percentile (0..100) by nearest rank. */
    static double of(double[] samples, double p) {
        if (samples.length == 0) return Double.NaN;
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
