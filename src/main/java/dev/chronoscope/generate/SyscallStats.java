package dev.chronoscope.generate;

/**
 * The collector's online anomaly detector: per syscall, a running mean and variance (Welford), and
 * a z-score for each new duration measured against the samples before it. Durations are flagged
 * only once a syscall has enough samples for its spread to mean something.
 */
final class SyscallStats {
    static final int MIN_SAMPLES = 30;

    private final long[] count;
    private final double[] mean;
    private final double[] m2;

    SyscallStats(int syscalls) {
        count = new long[syscalls];
        mean = new double[syscalls];
        m2 = new double[syscalls];
    }

    /** The z-score of x against the samples so far (0 with too few), then x joins the samples. */
    double observe(int syscall, double x) {
        double z = 0;
        if (count[syscall] >= MIN_SAMPLES) {
            double sd = stddev(syscall);
            z = sd > 0 ? (x - mean[syscall]) / sd : 0;
        }
        count[syscall]++;
        double delta = x - mean[syscall];
        mean[syscall] += delta / count[syscall];
        m2[syscall] += delta * (x - mean[syscall]);
        return z;
    }

    double mean(int syscall) {
        return mean[syscall];
    }

    double stddev(int syscall) {
        return count[syscall] < 2 ? 0 : Math.sqrt(m2[syscall] / (count[syscall] - 1));
    }
}
