package dev.chronoscope.ingest;

import dev.chronoscope.event.Event;
import dev.chronoscope.profile.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: everything one ingest of a file produced. */
record Ingested(List<Event> events, List<ReadError> errors, long errorCount, List<String> warnings,
                long records, String format, Profile profile) {

    static Ingested read(Path path) throws IOException {
        return read(path, null);
    }

    static Ingested read(Path path, Profile profile) throws IOException {
        try (Ingestion in = Ingestion.of(path).profile(profile).start()) {
            List<Event> events = new ArrayList<>();
            for (Event e = in.next(); e != null; e = in.next()) events.add(e);
            return new Ingested(events, in.errors(), in.errorCount(), in.warnings(), in.recordsRead(),
                    in.formatName(), in.profile());
        }
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    Event event(int offset) {
        return events.get(offset);
    }
}
