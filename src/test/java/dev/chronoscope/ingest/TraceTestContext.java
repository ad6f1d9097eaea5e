package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.profile.Profile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A ReadContext that records what a trace reader reports, and a helper to read a whole log. */
final class TraceTestContext implements ReadContext {

    record Problem(String file, long position, PositionKind kind, String reason) {}

    final List<Problem> errors = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    long bytes;

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
        return null;
    }

    boolean warned(String fragment) {
        return warnings.stream().anyMatch(w -> w.contains(fragment));
    }

    /** Everything one reader yields, plus its record count. */
    record Read(List<Event> events, long records, EventReader reader) {}

    static Read readAll(LogFormat format, Path path, TraceTestContext context) throws IOException {
        List<Event> events = new ArrayList<>();
        try (EventReader reader = format.open(LogInput.of(path), context)) {
            Event e;
            while ((e = reader.next()) != null) events.add(e);
            return new Read(events, reader.recordsRead(), reader);
        }
    }
}
