package dev.chronoscope.generate.rodent;

import dev.chronoscope.generate.Scenario;
import dev.chronoscope.ingest.rodent.proto.Event;
import dev.chronoscope.ingest.rodent.proto.EventBatch;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * {@code generate rodent}: a folder of {@code <UUID7>.pb} files, each one raw EventBatch of up to
 * 18,000 events, as Rodent spills them (formats/rodent.md). The story is {@link RodentStory}.
 */
public final class RodentScenario implements Scenario {
    static final int EVENTS_PER_FILE = 18_000;

    @Override
    public String name() {
        return "rodent";
    }

    @Override
    public String description() {
        return "Rodent storage-agent batches (.pb folder): pools, datasets, snapshots, a failing service, "
                + "a transfer that fails and resumes, a disk whose health degrades";
    }

    @Override
    public long defaultEvents() {
        return 20_000;
    }

    @Override
    public Path write(Path out, long events, long seed) throws IOException {
        Files.createDirectories(out);
        try (var existing = Files.list(out)) {
            // batches already there would be read as part of the new log: refuse rather than mix or delete
            if (existing.anyMatch(f -> f.getFileName().toString().endsWith(".pb"))) {
                throw new IOException(out + " already holds .pb files; write the rodent log to an empty folder");
            }
        }
        RodentStory story = new RodentStory(events, seed);
        Random names = new Random(seed ^ 0x5DEECE66DL);
        EventBatch.Builder batch = EventBatch.newBuilder();
        Event e;
        while ((e = story.next()) != null) {
            batch.addEvents(e);
            if (batch.getEventsCount() == EVENTS_PER_FILE) flush(out, batch, names);
        }
        if (batch.getEventsCount() > 0) flush(out, batch, names);
        return out;
    }

    private static void flush(Path out, EventBatch.Builder batch, Random names) throws IOException {
        long first = batch.getEvents(0).getTimestamp();
        long last = batch.getEvents(batch.getEventsCount() - 1).getTimestamp();
        String id = Uuid7.of(first, names);
        batch.setBatchTimestamp(last).setBatchId(id);
        try (OutputStream os = Files.newOutputStream(out.resolve(id + ".pb"))) {
            batch.build().writeTo(os);
        }
        batch.clear();
    }
}
