package dev.chronoscope.engine;

import dev.chronoscope.event.EventHeaderVisitor;
import dev.chronoscope.causality.CausalGraph;
import dev.chronoscope.event.Event;
import dev.chronoscope.query.Filter;
import dev.chronoscope.query.QueryException;
import dev.chronoscope.replay.Change;
import dev.chronoscope.replay.Cursor;
import dev.chronoscope.replay.OffsetChange;
import dev.chronoscope.replay.State;
import dev.chronoscope.store.TimelineAxis;
import java.util.List;

/**
 * An opened, fully ingested log. Every method may touch disk: call them off the UI thread.
 * Thread-safe; {@link Cursor}s it hands out are not (one per owner).
 */
public interface LogSession extends AutoCloseable {

    LogSummary summary();

    long eventCount();

    Event event(long offset);

    /** Events [from, to) in log order. */
    List<Event> events(long from, long to);

    /** Time of the event (ns) without decoding it. */
    long time(long offset);

    /** The timeline's fields of events [from, to) in order, cheaper than {@link #events} (no records decoded). */
    default void scanHeaders(long from, long to, EventHeaderVisitor visitor) {
        for (Event e : events(from, to)) visitor.accept(e.offset(), e.time(), e.endTime(), e.type(), e.lane(), e.severity());
    }

    int laneIndex(long offset);

    List<String> lanes();

    /** What to call each lane of {@link #lanes()} (same indexes): a name the log declares, else the lane key. */
    default List<String> laneLabels() {
        return lanes();
    }

    /** Lane indexes in the order the log asks to show them (Chrome's sort indexes), else first appearance. */
    default List<Integer> laneOrder() {
        List<Integer> order = new java.util.ArrayList<>();
        for (int i = 0; i < lanes().size(); i++) order.add(i);
        return order;
    }

    /** How the timeline lays the events out (by time, or by offset when most have no time). */
    TimelineAxis axis();

    /** The state after event k (k = -1: empty). */
    State state(long k);

    /** What event k changed. */
    List<Change> changesAt(long k);

    /** Net change per leaf between the state after a and after b, sorted by path. */
    List<Change> diff(long a, long b, String prefix);

    /** Every change of the leaf path, or of any leaf under it, with offsets in [from, to]. */
    List<OffsetChange> history(String path, long from, long to);

    /** Greatest offset < before that changed path (or under it), or -1. */
    long previousChange(String path, long before);

    /** Least offset > after that changed path (or under it), or -1. */
    long nextChange(String path, long after);

    Cursor newCursor();

    Filter parseFilter(String expression) throws QueryException;

    /** Offsets in [from, to) matching the filter, ascending, at most limit. */
    long[] find(Filter filter, long from, long to, int limit, CancelToken cancel);

    /** The next match after offset (wrapping is the caller's choice), or -1. */
    long nextMatch(Filter filter, long after, CancelToken cancel);

    /** The previous match before offset, or -1. */
    long previousMatch(Filter filter, long before, CancelToken cancel);

    long count(Filter filter, CancelToken cancel);

    CausalGraph causality();

    @Override
    void close();
}
