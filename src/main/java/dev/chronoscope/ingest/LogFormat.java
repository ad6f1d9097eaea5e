package dev.chronoscope.ingest;

import java.io.IOException;

/**
 * One readable log format (JSON lines/arrays, Chrome trace, JFR, Rodent protobuf, OTLP, ShiViz).
 * Implementations are registered in {@link LogFormats}. A reader streams: memory must not grow with
 * the log's size, except for formats that must be sorted by time (JFR, OTLP), which say so with
 * {@link #sortsByTime()}.
 */
public interface LogFormat {

    /** Short name used by {@code --format} and shown in the UI. */
    String name();

    /**
     * How sure this format is that the input is of its kind, 0 (not at all) to 100 (certain),
     * judged from the first bytes of the first file and the file names.
     */
    int sniff(LogInput input) throws IOException;

    /** Opens a streaming reader. Bad records go to {@code context.error(...)}, never thrown. */
    EventReader open(LogInput input, ReadContext context) throws IOException;

    /** The built-in profile used when the user names none; null to detect among JSON profiles. */
    default String defaultProfile() {
        return null;
    }

    /** True when the reader reorders records by time (the UI says so). */
    default boolean sortsByTime() {
        return false;
    }
}
