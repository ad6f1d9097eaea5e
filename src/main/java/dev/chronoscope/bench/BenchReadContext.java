package dev.chronoscope.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.ingest.LogFormat;
import dev.chronoscope.ingest.ReadContext;
import dev.chronoscope.ingest.ReaderOptions;
import dev.chronoscope.profile.Profile;
import dev.chronoscope.profile.ProfileException;
import dev.chronoscope.profile.Profiles;
import java.util.List;

/**
 * The context a reader gets in the benchmark: errors are counted (a generated input has none, and
 * the count shows it), and the profile is chosen as the pipeline would without a named one.
 */
final class BenchReadContext implements ReadContext {
    private final LogFormat format;
    private Profile chosen;
    long errors;
    String firstError;

    BenchReadContext(LogFormat format) {
        this.format = format;
    }

    @Override
    public void error(String file, long position, PositionKind positionKind, String reason) {
        if (errors++ == 0) firstError = file + " " + positionKind.name().toLowerCase() + " " + position + ": " + reason;
    }

    @Override
    public void warning(String message) {
        // warnings describe the log, not the speed of reading it
    }

    @Override
    public void bytesRead(long delta) {
        // the benchmark measures bytes by file size
    }

    @Override
    public boolean cancelled() {
        return false;
    }

    @Override
    public ReaderOptions options() {
        return ReaderOptions.DEFAULT;
    }

    @Override
    public Profile chooseProfile(List<ObjectNode> firstRecords) {
        if (chosen != null) return chosen;
        if (format.defaultProfile() != null) {
            try {
                chosen = Profiles.resolve(format.defaultProfile());
            } catch (ProfileException e) {
                throw new IllegalStateException("format " + format.name() + " names a profile that does not load", e);
            }
        } else {
            chosen = Profiles.detect(firstRecords, Profiles.builtin());
        }
        return chosen;
    }
}
