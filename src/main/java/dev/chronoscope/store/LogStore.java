package dev.chronoscope.store;

import dev.chronoscope.event.EventHeaderVisitor;
import dev.chronoscope.event.Event;
import java.io.Closeable;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A read view of one ingested log in its MapDB cache file. Everything in it is derived from the
 * log and can be rebuilt; a store is only handed out once its completeness mark is set.
 *
 * <p>Besides events and their indexes the store keeps three generic, named structures that the
 * layers above fill during ingest without the store knowing what they mean: {@link Column}s (one
 * byte array per offset, e.g. replay's change sets), {@link Postings} (key → ascending offsets,
 * e.g. the path index) and {@link Blobs} (long key → byte array, e.g. checkpoints).
 *
 * <p>Implementations are thread-safe for reads.
 */
public interface LogStore extends Closeable {

    /** Free-form facts written at ingest (format, profile, counts, errors as JSON, ...). */
    Map<String, String> meta();

    long eventCount();

    /** The event at offset, decoded; throws IndexOutOfBoundsException outside 0..count-1. */
    Event event(long offset);

    /** Decodes events [from, to) in order; cheaper than repeated {@link #event} calls. */
    void scan(long from, long to, Consumer<Event> visitor);

    /**
     * The timeline's fields of events [from, to) in order, without decoding their records; offsets
     * outside the log are skipped.
     */
    default void scanHeaders(long from, long to, EventHeaderVisitor visitor) {
        long a = Math.max(0, from);
        long b = Math.min(eventCount(), to);
        if (a < b) scan(a, b, e -> visitor.accept(e.offset(), e.time(), e.endTime(), e.type(), e.lane(), e.severity()));
    }

    /** The event's time in ns without decoding the event ({@link Event#NO_TIME} when none). */
    long time(long offset);

    /** Index of the event's lane in {@link #lanes()}, without decoding the event. */
    int laneIndex(long offset);

    /** The earliest time of any event in ns; {@link Event#NO_TIME} when no event has one. */
    long minTime();

    /** The latest time of any event in ns; {@link Event#NO_TIME} when no event has one. */
    long maxTime();

    /** Offsets of events carrying this id, ascending (duplicates are legal). */
    long[] offsetsOfId(String id);

    /** Lanes in order of first appearance. */
    List<String> lanes();

    /** Event count per type, in order of first appearance. */
    Map<String, Long> typeCounts();

    /** How the timeline lays the events out, and their density along it. */
    TimelineAxis axis();

    Column column(String name);

    Postings postings(String name);

    Blobs blobs(String name);

    /** Size of the cache file in bytes. */
    long sizeOnDisk();

    @Override
    void close();
}
