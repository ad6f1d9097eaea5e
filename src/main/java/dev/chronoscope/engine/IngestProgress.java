package dev.chronoscope.engine;

/** A progress report during an open: phase ("sniffing", "ingesting", "indexing", "ready"). */
public record IngestProgress(String phase, long bytesRead, long totalBytes, long events, double eventsPerSecond) {
    public double fraction() {
        return totalBytes <= 0 ? 0 : Math.min(1.0, (double) bytesRead / totalBytes);
    }
}
