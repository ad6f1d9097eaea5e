package dev.chronoscope.ingest;

/**
 * Counts the places where a log's timestamps go backwards. Events keep their log order (that is
 * what offsets mean); the count becomes one warning at the end rather than one per event.
 */
public final class TimeOrder {
    private long previous = Long.MIN_VALUE;
    private long backwards;
    private String firstFile;
    private long firstLine;

    /** Notes the next event's time; {@code Event.NO_TIME} (Long.MIN_VALUE) is ignored. */
    public void observe(long time, String file, long line) {
        if (time == Long.MIN_VALUE) return;
        if (time < previous) {
            if (backwards++ == 0) {
                firstFile = file;
                firstLine = line;
            }
        }
        previous = time;
    }

    public long backwards() {
        return backwards;
    }

    /** "timestamps go backwards N times, first at line L" (plus the file when asked), or null. */
    public String warning(boolean nameFile) {
        if (backwards == 0) return null;
        String where = "line " + firstLine + (nameFile && firstFile != null ? " of " + firstFile : "");
        return "timestamps go backwards " + backwards + (backwards == 1 ? " time" : " times") + ", first at " + where;
    }
}
