package dev.chronoscope.ingest.jfr;

import dev.chronoscope.event.Event;
import dev.chronoscope.ingest.EventReader;
import dev.chronoscope.ingest.ReadContext;
import dev.chronoscope.ingest.ReadContext.PositionKind;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads JFR recordings (one file, or a folder of them as one log) and yields their events sorted
 * stably by start time, because JFR writes events in commit order per thread buffer, not in time
 * order. The whole input is read on the first {@link #next} into a {@link TimeSorter} (bounded
 * memory: it spills sorted runs to temporary files). A file cut short keeps its complete chunks:
 * they are copied to a temporary file so that the JDK's parser never reaches the cut. Damage inside
 * a chunk costs the rest of that chunk only: the later chunks are parsed one by one.
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
        try {
            int partial = prefix.readableBytes() == 0 ? 0 : readChunks(name, file, prefix);
            if (!prefix.whole()) {
                context.error(name, prefix.problemAt(), PositionKind.BYTE, prefix.problem() + "; " + whatWasRead(prefix, partial));
            }
        } finally {
            context.bytesRead(Files.size(file));
        }
    }

    /** What the complete chunks before a cut gave, so that the cut's message never claims more. */
    private static String whatWasRead(JfrChunks.Prefix prefix, int partial) {
        if (prefix.chunks() == 0) return "no complete chunk to read";
        if (partial == 0) return "the " + prefix.chunks() + " complete chunk(s) before it are read";
        return "complete chunks before it read whole: " + (prefix.chunks() - partial) + " of " + prefix.chunks()
                + " (the others are reported apart)";
    }

    /**
     * Parses the complete chunks in one go, directly from the file when it is all complete chunks.
     * When the parser fails, the chunks it had finished are kept, the failing one is reported, and
     * each later chunk is parsed on its own, since one damaged chunk says nothing about the next.
     * Returns how many chunks could not be read whole.
     */
    private int readChunks(String name, Path file, JfrChunks.Prefix prefix) throws IOException {
        long before = records;
        Throwable failure = parse(name, file, 0, prefix.readableBytes(), !prefix.whole(), 0);
        if (failure == null || context.cancelled()) return 0;
        JfrChunks.Stop stop = JfrChunks.locate(file, prefix, records - before);
        long eventsRead = stop.eventsRead();
        int partial = 1;
        if (stop.index() > 0) {
            // Parsed after other chunks, the JDK's parser reuses what it learnt from them and may stop
            // sooner in the damage than on the chunk alone: read the chunk alone past what was read.
            long start = stop.start();
            long chunkBefore = records;
            failure = parse(name, file, start, prefix.end(stop.index()) - start, true, eventsRead);
            eventsRead += records - chunkBefore;
            if (failure == null) partial = 0;
        }
        if (failure != null) reportStop(name, stop.index(), stop.start(), eventsRead, failure);
        for (int i = stop.index() + 1; i < prefix.chunks() && !context.cancelled(); i++) {
            long start = prefix.starts().get(i);
            long chunkBefore = records;
            Throwable chunkFailure = parse(name, file, start, prefix.end(i) - start, true, 0);
            if (chunkFailure != null && !context.cancelled()) {
                reportStop(name, i, start, records - chunkBefore, chunkFailure);
                partial++;
            }
        }
        return partial;
    }

    private void reportStop(String name, int index, long start, long eventsRead, Throwable failure) {
        context.error(name, start, PositionKind.BYTE, "chunk " + (index + 1) + " at byte " + start + ": the JFR parser failed ("
                + inWords(failure) + "); " + (eventsRead == 0 ? "none of its events were read"
                        : "only its first " + eventsRead + " events were read"));
    }

    /**
     * The parser's own words, without the Java class name a user cannot act on; the class only when
     * it gave no words (an InternalError or a bare exception).
     */
    static String inWords(Throwable failure) {
        String words = failure.getMessage();
        return words == null || words.isBlank() ? failure.getClass().getSimpleName() : words;
    }

    /**
     * Reads the events of {@code length} bytes of complete chunks from {@code start}, from a
     * temporary copy when {@code copy} (so that the JDK's parser sees nothing else), and returns
     * the parser's failure, or null. The JDK throws an InternalError for some damaged constant pools.
     * Only the parser's exceptions are caught: the sorter's (a full disk) end the read. The first
     * {@code skip} events are passed over: they were read already.
     */
    private Throwable parse(String name, Path file, long start, long length, boolean copy, long skip) throws IOException {
        Path readable = copy ? copyRange(file, start, length) : file;
        try {
            RecordingFile recording;
            try {
                recording = new RecordingFile(readable);
            } catch (IOException | RuntimeException | InternalError unreadable) {
                return unreadable;
            }
            try (recording) {
                while (true) {
                    RecordedEvent re;
                    try {
                        if (!recording.hasMoreEvents()) return null;
                        re = recording.readEvent();
                    } catch (IOException | RuntimeException | InternalError damaged) {
                        return damaged;
                    }
                    if (skip > 0) {
                        skip--;
                        continue;
                    }
                    records++;
                    add(name, re);
                    if ((records & 0xFFF) == 0 && context.cancelled()) return null;
                }
            }
        } finally {
            if (copy) Files.deleteIfExists(readable);
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

    private static Path copyRange(Path file, long start, long length) throws IOException {
        Path copy = Files.createTempFile("chronoscope-jfr-chunks", ".jfr");
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(copy, StandardOpenOption.WRITE)) {
            long done = 0;
            while (done < length) {
                long n = in.transferTo(start + done, length - done, out);
                if (n <= 0) throw new IOException(file + " shrank while it was read");
                done += n;
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
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
