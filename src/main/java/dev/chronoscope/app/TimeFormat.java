package dev.chronoscope.app;

/** Times as the window shows them: relative to the log's first event, in seconds. */
final class TimeFormat {
    private TimeFormat() {}

    static String relative(long ns) {
        if (Math.abs(ns) < 1_000) return ns + " ns";
        if (Math.abs(ns) < 1_000_000) return String.format("%.3f µs", ns / 1e3);
        if (Math.abs(ns) < 1_000_000_000) return String.format("%.3f ms", ns / 1e6);
        return String.format("%.6f s", ns / 1e9);
    }
}
