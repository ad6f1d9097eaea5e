package dev.chronoscope.bench;

/** The figures {@code bench --json} prints (cli.md), plus what the issues ask to watch. */
public record BenchResult(String scenario, long events, long logBytes, long storeBytes,
                          double ingestEventsPerSec, double ingestMBPerSec, double reopenMs,
                          double seekP50Ms, double seekP99Ms, double stepP99Us, double heapPeakMB,
                          Double frameP99Ms, Double graphRedrawP99Ms, Double timelineRepaintP99Ms, Double sliceFullMs) {}
