/**
 * The benchmark harness behind {@code chronoscope bench}: generates a known scenario, then measures
 * ingest, re-open, seek, step, heap and (when the app is on the classpath, through
 * {@link dev.chronoscope.bench.FrameBenchmark}) frame times, and prints figures. Figures, never
 * assertions: unit tests do not time anything.
 */
package dev.chronoscope.bench;
