package dev.chronoscope.ingest;

import dev.chronoscope.event.Event;
import dev.chronoscope.profile.Profile;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The ingest pipeline the engine drives: picks the format (named, else sniffed), opens its reader,
 * lets the reader choose the profile from the first records, and hands out events with offsets
 * 0, 1, 2, ... in log order. Bad records are counted and reported, never thrown; the engine's
 * loop is simply
 *
 * <pre>{@code
 * try (Ingestion in = Ingestion.of(input).listener(l).cancel(token).start()) {
 *     for (Event e = in.next(); e != null; e = in.next()) store(e);
 *     summary(in.formatName(), in.profile(), in.recordsRead(), in.errorCount(), in.errors(), in.warnings());
 * }
 * }</pre>
 *
 * Not thread-safe; the listener is called on the thread that calls {@link #next()}.
 */
public final class Ingestion implements Closeable {
    private static final int CANCEL_CHECK = 4096;

    /** What the app and CLI hear while a log is read. Called on the ingesting thread. */
    public interface Listener {
        Listener NONE = new Listener() {};

        /** One of the first {@value IngestionContext#MAX_ERRORS_KEPT} unreadable records. */
        default void error(ReadError error) {}

        default void warning(String message) {}

        /** About once per megabyte read, and at the end. */
        default void progress(long bytesRead, long totalBytes, long events) {}
    }

    private final LogInput input;
    private final LogFormat format;
    private final IngestionContext context;
    private final EventReader reader;
    private final BooleanSupplier cancel;
    private long nextOffset;
    private boolean ended;

    private Ingestion(LogInput input, LogFormat format, IngestionContext context, BooleanSupplier cancel) throws IOException {
        this.input = input;
        this.format = format;
        this.context = context;
        this.cancel = cancel;
        this.reader = format.open(input, context);
        if (input.isFolder()) warnAboutOtherFormats();
    }

    /** A folder is read as one format; files that look like another are read as this one all the same. */
    private void warnAboutOtherFormats() {
        List<String> others = LogFormats.filesOfAnotherFormat(input, format);
        if (others.isEmpty()) return;
        context.warning(others.size() + " file(s) in " + input.path() + " look like another format but were read as "
                + format.name() + " (the folder's format), first " + others.get(0));
    }

    public static Builder of(LogInput input) {
        return new Builder(input);
    }

    /** For a path: a missing one fails here with a message that names it ("no such file or folder"). */
    public static Builder of(Path path) throws IOException {
        return new Builder(LogInput.of(path));
    }

    /**
     * The next event with its offset, or null after the last one.
     *
     * @throws CancellationException once the cancel check says so
     */
    public Event next() throws IOException {
        if (ended) return null;
        if (nextOffset % CANCEL_CHECK == 0 && cancel.getAsBoolean()) throw cancelled();
        Event event = reader.next();
        if (event == null) {
            if (cancel.getAsBoolean()) throw cancelled();
            ended = true;
            if (context.chosen() == null) context.chooseProfile(List.of());
            context.reportProgress();
            return null;
        }
        // A reader that never asks (it has no records to detect from) still gets its format's
        // default profile before the first event, so the fold never starts with the wrong one.
        if (context.chosen() == null) context.chooseProfile(List.of());
        context.countEvent();
        return event.withOffset(nextOffset++);
    }

    private CancellationException cancelled() {
        return new CancellationException("reading " + input.path() + " was cancelled");
    }

    public LogFormat format() {
        return format;
    }

    public String formatName() {
        return format.name();
    }

    /** The profile records are mapped with; null until the reader has chosen it. */
    public Profile profile() {
        return context.chosen();
    }

    public long recordsRead() {
        return reader.recordsRead();
    }

    public long events() {
        return nextOffset;
    }

    public long errorCount() {
        return context.errorCount();
    }

    /** The first {@value IngestionContext#MAX_ERRORS_KEPT} errors, in the order met. */
    public List<ReadError> errors() {
        return context.errors();
    }

    public List<String> warnings() {
        return context.warnings();
    }

    public long bytesRead() {
        return context.bytes();
    }

    public long totalBytes() {
        return input.totalBytes();
    }

    public boolean sortsByTime() {
        return format.sortsByTime();
    }

    /**
     * Lane names and display order the log declares apart from its events (Chrome metadata), in
     * display order; empty when the format has none. Complete once {@link #next()} returned null.
     */
    public List<LaneLabels.LaneLabel> laneLabels() {
        return reader instanceof LaneLabels labels ? labels.laneLabels() : List.of();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** The choices of one ingest; everything but the input is optional. */
    public static final class Builder {
        private final LogInput input;
        private String formatName;
        private Profile profile;
        private List<Profile> userProfiles = List.of();
        private ReaderOptions options = ReaderOptions.DEFAULT;
        private Listener listener = Listener.NONE;
        private BooleanSupplier cancel = () -> false;

        private Builder(LogInput input) {
            this.input = input;
        }

        /** A format name ({@code --format}); null to sniff. */
        public Builder format(String name) {
            this.formatName = name;
            return this;
        }

        /** The profile to use; null to detect. */
        public Builder profile(Profile named) {
            this.profile = named;
            return this;
        }

        /** Profiles of the user's that detection considers before the built-in ones. */
        public Builder userProfiles(List<Profile> profiles) {
            this.userProfiles = profiles == null ? List.of() : List.copyOf(profiles);
            return this;
        }

        public Builder options(ReaderOptions readerOptions) {
            this.options = readerOptions == null ? ReaderOptions.DEFAULT : readerOptions;
            return this;
        }

        public Builder listener(Listener l) {
            this.listener = l == null ? Listener.NONE : l;
            return this;
        }

        public Builder cancel(BooleanSupplier check) {
            this.cancel = check == null ? () -> false : check;
            return this;
        }

        /** Finds the format and opens the reader; no record is read yet. */
        public Ingestion start() throws IOException {
            LogFormat format = formatName == null ? LogFormats.sniff(input) : LogFormats.byName(formatName);
            IngestionContext context = new IngestionContext(listener, cancel, options, format, profile, userProfiles,
                    input.totalBytes());
            return new Ingestion(input, format, context, cancel);
        }
    }
}
