package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.profile.Profile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A read context that records errors and warnings, for reader tests. */
public final class RecordingContext implements ReadContext {
    public final List<String> errors = new ArrayList<>();
    final List<Long> errorLines = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    long bytes;
    private final ReaderOptions options;

    public RecordingContext(ReaderOptions options) {
        this.options = options;
    }

    @Override
    public void error(String file, long position, PositionKind positionKind, String reason) {
        errors.add(file + ":" + position + ": " + reason);
        errorLines.add(position);
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
        return options;
    }

    @Override
    public Profile chooseProfile(List<ObjectNode> firstRecords) {
        throw new UnsupportedOperationException("ShiViz does not map records through a profile");
    }

    /** Reads every event of the log with the given options. */
    public static List<Event> readAll(Path log, RecordingContext context) throws IOException {
        List<Event> events = new ArrayList<>();
        try (EventReader reader = new ShivizFormat().open(LogInput.of(log), context)) {
            for (Event e = reader.next(); e != null; e = reader.next()) events.add(e);
        }
        return events;
    }
}
