package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.profile.Profile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A read context for reader tests: keeps every error and warning so tests can assert on them. */
public final class ErrorCollectingContext implements ReadContext {
    public record Problem(String file, long position, PositionKind kind, String reason) {}

    public final List<Problem> errors = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();
    public long bytes;
    /** How often the reader asked for the profile, and how many events it had yielded by then. */
    public int profileChoices;

    @Override
    public void error(String file, long position, PositionKind positionKind, String reason) {
        errors.add(new Problem(file, position, positionKind, reason));
    }

    @Override
    public void warning(String message) {
        warnings.add(message);
    }

    @Override
    public void bytesRead(long delta) {
        bytes += delta;
    }

    @Override
    public boolean cancelled() {
        return false;
    }

    @Override
    public ReaderOptions options() {
        return ReaderOptions.DEFAULT;
    }

    @Override
    public Profile chooseProfile(List<ObjectNode> firstRecords) {
        profileChoices++;
        return null;
    }

    boolean warned(String fragment) {
        return warnings.stream().anyMatch(w -> w.contains(fragment));
    }

    /** Everything one reader yields, plus its record count. */
    record Read(List<Event> events, long records, EventReader reader) {}

    static Read readAll(LogFormat format, Path path, ErrorCollectingContext context) throws IOException {
        List<Event> events = new ArrayList<>();
        try (EventReader reader = format.open(LogInput.of(path), context)) {
            for (Event e = reader.next(); e != null; e = reader.next()) events.add(e);
            return new Read(events, reader.recordsRead(), reader);
        }
    }

    /** Every event the reader yields. */
    public static List<Event> readAll(EventReader reader) throws IOException {
        List<Event> events = new ArrayList<>();
        try (reader) {
            Event e;
            while ((e = reader.next()) != null) events.add(e);
        }
        return events;
    }
}
