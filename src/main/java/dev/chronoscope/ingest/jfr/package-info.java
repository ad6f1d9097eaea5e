/**
 * JDK Flight Recorder recordings through {@code jdk.jfr.consumer}: every event read, stably sorted
 * by start time (a bounded external sort), synthetic end events for interval types so that
 * "blocked now" folds plainly, and cut files read chunk by chunk up to the damage.
 */
package dev.chronoscope.ingest.jfr;
