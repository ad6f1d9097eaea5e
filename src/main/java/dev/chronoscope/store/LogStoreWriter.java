package dev.chronoscope.store;

import dev.chronoscope.event.Event;

/**
 * Fills a new cache file during one ingest. Events must arrive with offsets 0, 1, 2, ... The file
 * becomes visible to {@link StoreCatalog#openComplete} only after {@link #commit()}; a writer
 * abandoned by a crash or {@link #abort()} leaves a file that the next open detects and rebuilds.
 */
public interface LogStoreWriter extends AutoCloseable {

    void append(Event event);

    long eventCount();

    /** Offsets of already appended events with this id (causality resolves links during ingest). */
    long[] offsetsOfIdSoFar(String id);

    /** How many appended events carried an id that an earlier event already had. */
    long duplicateIds();

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
