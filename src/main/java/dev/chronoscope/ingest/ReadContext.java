package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.profile.Profile;
import java.util.List;

/**
 * What the pipeline gives a reader: where to report bad records and progress, whether to stop,
 * the reader options the user passed, and how to pick the profile from the first records.
 */
public interface ReadContext {

    /**
     * A record that could not be read. {@code position} is a 1-based line for text formats or a
     * byte offset for binary ones ({@code positionKind} says which); the rest of the log goes on.
     */
    void error(String file, long position, PositionKind positionKind, String reason);

    /** A fact worth showing the user that is not an error (e.g. "timestamps go backwards 3 times"). */
    void warning(String message);

    /** Adds to the count of bytes consumed (for the progress bar). */
    void bytesRead(long delta);

    /** True once the user cancelled; readers check it at least every few thousand records. */
    boolean cancelled();

    ReaderOptions options();

    /**
     * The profile to map records with: the one the user named, else the best detected from these
     * first records (each as written), else {@code generic}.
     */
    Profile chooseProfile(List<ObjectNode> firstRecords);

    enum PositionKind { LINE, BYTE, RECORD }
}
