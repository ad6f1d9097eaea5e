package dev.chronoscope.bench;

/**
 * One format's figures from {@link ReaderBenchmark}: records as the reader counts them
 * ({@code recordsRead}), events it handed out, the input's bytes, and the best timed pass's wall-clock
 * and thread CPU seconds (CPU time stays meaningful when other processes share the machine).
 */
public record ReaderResult(String format, long records, long events, long bytes, double wallSeconds, double cpuSeconds) {

    public double recordsPerSec() {
        return records / Math.max(1e-9, wallSeconds);
    }

    public double cpuRecordsPerSec() {
        return records / Math.max(1e-9, cpuSeconds);
    }

    public double mbPerSec() {
        return bytes / 1e6 / Math.max(1e-9, wallSeconds);
    }

    public double cpuMbPerSec() {
        return bytes / 1e6 / Math.max(1e-9, cpuSeconds);
    }
}
