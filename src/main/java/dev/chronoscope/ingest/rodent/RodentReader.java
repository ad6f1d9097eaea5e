package dev.chronoscope.ingest.rodent;

import dev.chronoscope.event.Event;
import dev.chronoscope.ingest.EventReader;
import dev.chronoscope.ingest.ReadContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams a folder of Rodent batches as one log: files in name order (UUID7 names sort by
 * creation), events in batch order. Only one file's bytes are held at a time. A file that cannot
 * be read or is not a batch is reported and the next file is read.
 */
final class RodentReader implements EventReader {
    private final List<Path> files;
    private final ReadContext context;
    private int fileIndex;
    private RodentBatchFile current;
    private long records;
    private long line;
    private long timesOutOfRange;

    RodentReader(List<Path> files, ReadContext context) {
        this.files = files;
        this.context = context;
    }

    @Override
    public Event next() throws IOException {
        while (true) {
            if (context.cancelled()) return null;
            if (current == null && !openNext()) {
                reportTimesOutOfRange();
                return null;
            }
            dev.chronoscope.ingest.rodent.proto.Event proto = current.next(context);
            if (proto == null) {
                current = null;
                continue;
            }
            records++;
            Event event = RodentEvents.toEvent(proto, current.batchTimestamp(), ++line);
            if (!event.hasTime() && (proto.getTimestamp() != 0 || current.batchTimestamp() != 0)) timesOutOfRange++;
            // the engine builds its fold from the chosen profile when the first event arrives
            if (records == 1) context.chooseProfile(List.of(event.record()));
            return event;
        }
    }

    /** Said once, at the end: the events are kept, but the timeline cannot place them. */
    private void reportTimesOutOfRange() {
        if (timesOutOfRange == 0) return;
        context.warning(timesOutOfRange + " event(s) have a timestamp (Unix ms) too far from 1970 to be a time in ns;"
                + " they are kept without a time");
        timesOutOfRange = 0;
    }

    private boolean openNext() {
        while (fileIndex < files.size()) {
            Path file = files.get(fileIndex++);
            try {
                current = RodentBatchFile.open(file, context);
                context.bytesRead(Files.size(file));
                return true;
            } catch (IOException e) {
                context.error(file.toString(), 0, ReadContext.PositionKind.BYTE, "cannot read the file: " + e.getMessage());
            }
        }
        return false;
    }

    @Override
    public long recordsRead() {
        return records;
    }

    @Override
    public void close() {
        current = null;
    }
}
