/**
 * Reading logs: one {@link dev.chronoscope.ingest.LogFormat} per format behind a small SPI,
 * sniffing, the streaming readers, progress, cancellation and the error policy (a bad record is
 * counted with its position and reason, the rest of the log is kept).
 */
package dev.chronoscope.ingest;
