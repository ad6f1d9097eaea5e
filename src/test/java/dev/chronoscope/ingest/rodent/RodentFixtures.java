package dev.chronoscope.ingest.rodent;

import dev.chronoscope.generate.rodent.RodentScenario;
import dev.chronoscope.ingest.rodent.proto.Event;
import dev.chronoscope.ingest.rodent.proto.EventBatch;
import dev.chronoscope.ingest.rodent.proto.EventCategory;
import dev.chronoscope.ingest.rodent.proto.EventLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Hand-built Rodent events and batch files for reader tests. */
final class RodentFixtures {
    private RodentFixtures() {}

    static Event.Builder event(String id, long ms) {
        return Event.newBuilder().setEventId(id).setLevel(EventLevel.EVENT_LEVEL_INFO)
                .setCategory(EventCategory.EVENT_CATEGORY_STORAGE).setSource("test").setTimestamp(ms);
    }

    static Path writeBatch(Path file, Event... events) throws IOException {
        EventBatch.Builder b = EventBatch.newBuilder().setBatchId("batch").setBatchTimestamp(1);
        for (Event e : events) b.addEvents(e);
        Files.write(file, b.build().toByteArray());
        return file;
    }

    static Path generate(Path dir, long events, long seed) throws IOException {
        return new RodentScenario().write(dir, events, seed);
    }
}
