package dev.chronoscope.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.chronoscope.engine.LogSession;
import dev.chronoscope.event.Event;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the state at an offset as JSON, and a range of events as JSON lines (records as written). */
final class Exporter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 1_000;

    private Exporter() {}

    static void state(LogSession session, long offset, Path out) {
        try {
            JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), session.state(offset).toJson(""));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + out + ": " + e.getMessage(), e);
        }
    }

    /** Events whose timeline position lies in [from, to); returns how many were written. */
    static long eventsBetween(LogSession session, long from, long to, long count, Path out) {
        long first = session.axis().offsetAtPosition(from);
        long end = session.axis().offsetAtPosition(to);
        if (first < 0) first = count;
        if (end < 0) end = count;
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (long k = first; k < end; k += PAGE) {
                for (Event e : session.events(k, Math.min(end, k + PAGE))) {
                    w.write(JSON.writeValueAsString(e.record()));
                    w.newLine();
                    written++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + out + ": " + e.getMessage(), e);
        }
        return written;
    }
}
