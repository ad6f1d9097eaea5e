/**
 * Built-in Java projections for trace formats, for the state that rule files cannot say: per-thread
 * stacks of open Chrome slices ({@code chrome-stacks}), Chrome counter series
 * ({@code chrome-counters}), open async operations ({@code chrome-async}), live objects with their
 * latest snapshot ({@code chrome-objects}) and the latest time of each mark ({@code chrome-marks};
 * samples get no state), and the OpenTelemetry
 * spans open at the cursor with their error statuses ({@code otlp-spans}). Each is registered as a
 * {@link dev.chronoscope.replay.ProjectionProvider} and named by the built-in profiles
 * {@code chrome} and {@code otlp}. They read the records as the ingest readers write them
 * (including the synthetic end events those readers add) and import nothing but event and replay.
 */
package dev.chronoscope.replay.trace;
