package dev.chronoscope.ingest;

import dev.chronoscope.event.Event;
import java.io.Closeable;
import java.io.IOException;

/** Pulls normalised events out of a log, in log order, with offsets unassigned. */
public interface EventReader extends Closeable {

    /** The next event, or null at the end. Unreadable records are reported and skipped. */
    Event next() throws IOException;

    /**
     * Records read from the log so far before any expansion, metadata records excluded (what
     * {@code info} prints as {@code records}).
     */
    long recordsRead();
}
