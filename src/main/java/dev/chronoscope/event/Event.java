package dev.chronoscope.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One normalised event: the envelope every view understands plus the record as the log wrote it.
 *
 * <p>{@code offset} is the event's 0-based position in log order (readers emit {@link #UNASSIGNED}
 * and the ingest pipeline numbers them). Times and durations are nanoseconds; {@code time} is
 * {@link #NO_TIME} when the record carries none and {@code duration} is {@link #NO_DURATION} for
 * instants. {@code body} is the inner object of an externally tagged record
 * ({@code {"ProcessCreated": {...}}}); for any other record it is the record itself, so that
 * field lookups need not know the tagging style.
 *
 * @param severity null when the log gives none; {@link #severity()} then answers INFO, the rank
 *                 views and the density pyramid use, and {@link #hasSeverity()} tells the two apart
 *                 for filters, where a missing field makes a comparison false (query.md)
 * @param line where the record starts in its source: a 1-based line for text formats, a record
 *             number for binary ones, -1 when unknown
 */
public record Event(
        long offset,
        long time,
        String type,
        String lane,
        Severity severity,
        String id,
        long duration,
        String chain,
        List<Link> links,
        VectorClock clock,
        ObjectNode record,
        ObjectNode body,
        long line) {

    public static final long UNASSIGNED = -1;
    public static final long NO_TIME = Long.MIN_VALUE;
    public static final long NO_DURATION = -1;

    public Event {
        links = links == null ? List.of() : List.copyOf(links);
        if (body == null) body = record;
        if (type == null) type = "";
        if (lane == null) lane = "";
    }

    /** The severity the log gave, or INFO when it gave none (see {@link #hasSeverity()}). */
    @Override
    public Severity severity() {
        return severity == null ? Severity.INFO : severity;
    }

    public boolean hasSeverity() {
        return severity != null;
    }

    public Event withOffset(long newOffset) {
        return new Event(newOffset, time, type, lane, severity, id, duration, chain, links, clock, record, body, line);
    }

    public boolean hasTime() {
        return time != NO_TIME;
    }

    public boolean hasDuration() {
        return duration != NO_DURATION;
    }

    /** End of the event on the time axis: time + duration, or time for instants. */
    public long endTime() {
        return hasDuration() ? time + duration : time;
    }

    /**
     * A field of the record by dotted path ({@code payload.new_state}, {@code args[0]}, with or
     * without a leading {@code $.}); looked up in the record as written, then inside the tagged
     * body. Returns null when absent (JSON null is returned as a NullNode).
     */
    public JsonNode field(String path) {
        return field(FieldPath.of(path));
    }

    /** {@link #field(String)} for a path parsed once by the caller (no cache lookup per call). */
    public JsonNode field(FieldPath path) {
        JsonNode v = path.resolve(record);
        if (v == null && body != record) v = path.resolve(body);
        return v;
    }
}
