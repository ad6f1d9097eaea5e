/**
 * The benchmark harness behind {@code chronoscope bench}: generates a known scenario, then measures
 * ingest, re-open, seek, step, heap and (when the app is on the classpath, through
 * {@link dev.chronoscope.bench.FrameBenchmark}) frame times, and prints figures. Figures, never
 * assertions: unit tests do not time anything. {@link dev.chronoscope.bench.ReaderBenchmark}
 * ({@code bench --readers}) times each format's reader alone on a generated input.
 */
package dev.chronoscope.bench;
