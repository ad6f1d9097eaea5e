package dev.chronoscope.ingest.jfr;

import dev.chronoscope.event.Event;
import dev.chronoscope.ingest.EventReader;
import dev.chronoscope.ingest.ReadContext;
import dev.chronoscope.ingest.ReadContext.PositionKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads JFR recordings (one file, or a folder of them as one log) and yields their events sorted
 * stably by start time, because JFR writes events in commit order per thread buffer, not in time
 * order. The whole input is read on the first {@link #next} into a {@link TimeSorter} (bounded
 * memory: it spills sorted runs to temporary files). A file cut short keeps its complete chunks:
 * they are copied to a temporary file so that the JDK's parser never reaches the cut.
 */
final class JfrReader implements EventReader {
    /** Sort buffer budget; past it the sorter spills runs to disk. */
    static final long SORT_BUDGET_BYTES = 32L << 20;

    private final List<Path> files;
    private final ReadContext context;
    private final TimeSorter sorter;
    private final JfrRecords converter = new JfrRecords();
    private boolean loaded;
    private long records;

    JfrReader(List<Path> files, ReadContext context, long sortBudgetBytes) {
        this.files = files;
        this.context = context;
        this.sorter = new TimeSorter(sortBudgetBytes);
    }

    @Override
    public Event next() throws IOException {
        if (!loaded) {
            loaded = true;
            for (Path f : files) {
                if (context.cancelled()) break;
                readFile(f);
            }
            sorter.finish();
            Event first = sorter.next();
            // the engine builds its fold from the chosen profile when the first event arrives
            context.chooseProfile(first == null ? List.of() : List.of(first.record()));
            return first;
        }
        return sorter.next();
    }

    private void readFile(Path file) throws IOException {
        String name = file.toString();
        JfrChunks.Prefix prefix = JfrChunks.scan(file);
        if (!prefix.whole()) {
            context.error(name, prefix.problemAt(), PositionKind.BYTE, prefix.problem() + "; "
                    + (prefix.chunks() == 0 ? "no complete chunk to read" : "the " + prefix.chunks() + " complete chunk(s) before it are read"));
        }
        if (prefix.readableBytes() == 0) {
            context.bytesRead(Files.size(file));
            return;
        }
        Path readable = prefix.whole() ? file : copyPrefix(file, prefix.readableBytes());
        long before = records;
        try (RecordingFile recording = new RecordingFile(readable)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent re = recording.readEvent();
                records++;
                add(name, re);
                if ((records & 0xFFF) == 0 && context.cancelled()) return;
            }
        } catch (IOException | RuntimeException e) {
            context.error(name, prefix.readableBytes(), PositionKind.BYTE, "the JFR parser stopped after "
                    + (records - before) + " events of this file: " + e);
        } finally {
            if (readable != file) Files.deleteIfExists(readable);
            context.bytesRead(Files.size(file));
        }
    }

    /** One event (and its synthetic end); an event whose fields cannot be converted is reported alone. */
    private void add(String file, RecordedEvent re) throws IOException {
        Event e;
        try {
            e = JfrEvents.toEvent(re, records, converter);
        } catch (RuntimeException unconvertible) {
            context.error(file, records, PositionKind.RECORD, "event " + records + " ("
                    + re.getEventType().getName() + ") could not be converted: " + unconvertible);
            return;
        }
        sorter.add(e, records * 2);
        Event end = JfrEvents.endOf(e);
        if (end != null) sorter.add(end, records * 2 + 1);
    }

    private static Path copyPrefix(Path file, long length) throws IOException {
        Path copy = Files.createTempFile("chronoscope-jfr-prefix", ".jfr");
        try (InputStream in = Files.newInputStream(file); OutputStream out = Files.newOutputStream(copy)) {
            byte[] buf = new byte[1 << 16];
            long left = length;
            while (left > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) break;
                out.write(buf, 0, n);
                left -= n;
            }
        }
        return copy;
    }

    @Override
    public long recordsRead() {
        return records;
    }

    @Override
    public void close() throws IOException {
        sorter.close();
    }
}
