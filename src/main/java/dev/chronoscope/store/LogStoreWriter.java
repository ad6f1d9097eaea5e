package dev.chronoscope.store;

import dev.chronoscope.event.Event;

/**
 * Fills a new cache file during one ingest. Events must arrive with offsets 0, 1, 2, ... The file
 * becomes visible to {@link StoreCatalog#openComplete} only after {@link #commit()}; a writer
 * abandoned by a crash or {@link #abort()} leaves a file that the next open detects and rebuilds.
 *
 * <p>Threads: events are appended by one thread. Each named column, postings or blobs writer is
 * filled by one thread, which may be another one, so that an ingest can fold on one core while
 * it stores on the other; creating them, {@link #putMeta} and {@link #bytesWritten} may be called
 * from any thread. {@link #commit()} comes after every filling thread has finished.
 */
public interface LogStoreWriter extends AutoCloseable {

    void append(Event event);

    long eventCount();

    /** Offsets of already appended events with this id (causality resolves links during ingest). */
    long[] offsetsOfIdSoFar(String id);

    /** How many appended events carried an id that an earlier event already had. */
    long duplicateIds();

    /** The first event in log order whose id an earlier event already had, or null when none did. */
    DuplicateId firstDuplicateId();

    void putMeta(String key, String value);

    /** A per-offset column; its writer must receive one value per event, in offset order. */
    Column.Writer column(String name);

    Postings.Writer postings(String name);

    Blobs.Writer blobs(String name);

    /** Bytes written so far (for sizing checkpoints against the store). */
    long bytesWritten();

    /** Flushes indexes, sets the completeness mark and returns the finished store for reading. */
    LogStore commit();

    /** Drops the partial file. */
    void abort();

    @Override
    void close();
}
