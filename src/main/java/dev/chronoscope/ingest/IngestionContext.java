package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.profile.Profile;
import dev.chronoscope.profile.ProfileException;
import dev.chronoscope.profile.Profiles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The {@link ReadContext} an {@link Ingestion} gives its reader: it counts errors and keeps the
 * first {@value #MAX_ERRORS_KEPT}, collects warnings, throttles progress reports to one per
 * {@value #PROGRESS_STEP} bytes, and chooses the profile once.
 */
final class IngestionContext implements ReadContext {
    static final int MAX_ERRORS_KEPT = 2000;
    private static final long PROGRESS_STEP = 1 << 20;

    private final Ingestion.Listener listener;
    private final BooleanSupplier cancel;
    private final ReaderOptions options;
    private final LogFormat format;
    private final Profile named;
    private final List<Profile> userProfiles;
    private final List<ReadError> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final long totalBytes;
    private long errorCount;
    private long bytes;
    private long lastProgress;
    private long events;
    private Profile chosen;

    IngestionContext(Ingestion.Listener listener, BooleanSupplier cancel, ReaderOptions options, LogFormat format,
                     Profile named, List<Profile> userProfiles, long totalBytes) {
        this.listener = listener;
        this.cancel = cancel;
        this.options = options;
        this.format = format;
        this.named = named;
        this.userProfiles = List.copyOf(userProfiles);
        this.totalBytes = totalBytes;
    }

    @Override
    public void error(String file, long position, PositionKind positionKind, String reason) {
        errorCount++;
        if (errors.size() < MAX_ERRORS_KEPT) {
            ReadError error = new ReadError(file, position, positionKind, reason);
            errors.add(error);
            listener.error(error);
        }
    }

    @Override
    public void warning(String message) {
        warnings.add(message);
        listener.warning(message);
    }

    @Override
    public void bytesRead(long delta) {
        bytes += delta;
        if (bytes - lastProgress >= PROGRESS_STEP) reportProgress();
    }

    void reportProgress() {
        lastProgress = bytes;
        listener.progress(bytes, totalBytes, events);
    }

    void countEvent() {
        events++;
    }

    @Override
    public boolean cancelled() {
        return cancel.getAsBoolean();
    }

    @Override
    public ReaderOptions options() {
        return options;
    }

    /**
     * The profile the user named; else the format's own default; else the best detected among the
     * user's profiles (first, so they win ties) and the built-ins; else generic. Chosen once.
     */
    @Override
    public Profile chooseProfile(List<ObjectNode> firstRecords) {
        if (chosen != null) return chosen;
        if (named != null) {
            chosen = named;
        } else if (format.defaultProfile() != null) {
            try {
                chosen = Profiles.resolve(format.defaultProfile());
            } catch (ProfileException e) {
                throw new IllegalStateException("format " + format.name() + " names a default profile that does not load: "
                        + e.getMessage(), e);
            }
        } else {
            List<Profile> candidates = new ArrayList<>(userProfiles);
            candidates.addAll(Profiles.builtin());
            chosen = Profiles.detect(firstRecords, candidates);
        }
        return chosen;
    }

    Profile chosen() {
        return chosen;
    }

    long errorCount() {
        return errorCount;
    }

    List<ReadError> errors() {
        return List.copyOf(errors);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    long bytes() {
        return bytes;
    }

    long events() {
        return events;
    }
}
