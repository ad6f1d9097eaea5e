package dev.chronoscope.replay.trace;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.ingest.EventReader;
import dev.chronoscope.ingest.LogFormat;
import dev.chronoscope.ingest.LogInput;
import dev.chronoscope.ingest.ReadContext;
import dev.chronoscope.ingest.ReaderOptions;
import dev.chronoscope.profile.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a trace written to a temp file with the real reader, so projections see real events. */
final class TraceEvents {

    private TraceEvents() {}

    static List<Event> read(LogFormat format, Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        List<Event> events = new ArrayList<>();
        try (EventReader reader = format.open(LogInput.of(file), new QuietContext())) {
            Event e;
            while ((e = reader.next()) != null) events.add(e.withOffset(events.size()));
        }
        return events;
    }

    private static final class QuietContext implements ReadContext {
        @Override public void error(String file, long position, PositionKind kind, String reason) {
            throw new AssertionError("unexpected read error at " + position + ": " + reason);
        }
        @Override public void warning(String message) { }
        @Override public void bytesRead(long delta) { }
        @Override public boolean cancelled() { return false; }
        @Override public ReaderOptions options() { return ReaderOptions.DEFAULT; }
        @Override public Profile chooseProfile(List<ObjectNode> firstRecords) { return null; }
    }
}
