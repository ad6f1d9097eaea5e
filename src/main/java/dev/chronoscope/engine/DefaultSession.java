package dev.chronoscope.engine;

import dev.chronoscope.event.EventHeaderVisitor;
import dev.chronoscope.causality.CausalGraph;
import dev.chronoscope.causality.CausalGraphs;
import dev.chronoscope.event.Event;
import dev.chronoscope.query.Filter;
import dev.chronoscope.query.Filters;
import dev.chronoscope.query.QueryException;
import dev.chronoscope.replay.Change;
import dev.chronoscope.replay.Cursor;
import dev.chronoscope.replay.OffsetChange;
import dev.chronoscope.replay.Replay;
import dev.chronoscope.replay.State;
import dev.chronoscope.store.TimelineAxis;
import dev.chronoscope.store.LogStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A {@link LogSession} over a committed store: events from the store, state from replay. */
final class DefaultSession implements LogSession {
    private static final int SCAN_CHUNK = 4096;

    private final LogStore store;
    private final Replay replay;
    private final LogSummary summary;
    private final List<String> laneLabels;
    private final List<Integer> laneOrder;
    private volatile CausalGraph causality;

    DefaultSession(LogStore store, LogSummary summary) {
        this.store = store;
        this.replay = Replay.open(store);
        this.summary = summary;
        Map<String, String> declared = Summaries.laneLabels(store);
        List<String> lanes = store.lanes();
        List<String> labels = new ArrayList<>(lanes.size());
        for (String lane : lanes) labels.add(declared.getOrDefault(lane, lane));
        this.laneLabels = List.copyOf(labels);
        List<String> displayOrder = new ArrayList<>(declared.keySet());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) order.add(i);
        order.sort(Comparator.comparingInt(i -> {
            int at = displayOrder.indexOf(lanes.get(i));
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        this.laneOrder = List.copyOf(order);
    }

    @Override
    public LogSummary summary() {
        return summary;
    }

    @Override
    public long eventCount() {
        return store.eventCount();
    }

    @Override
    public Event event(long offset) {
        return store.event(offset);
    }

    @Override
    public void scanHeaders(long from, long to, EventHeaderVisitor visitor) {
        store.scanHeaders(from, to, visitor); // the store keeps to its events
    }

    @Override
    public List<Event> events(long from, long to) {
        long a = Math.max(0, from);
        long b = Math.min(store.eventCount(), to);
        List<Event> list = new ArrayList<>((int) Math.max(0, b - a));
        if (a < b) store.scan(a, b, list::add);
        return list;
    }

    @Override
    public long time(long offset) {
        return store.time(offset);
    }

    @Override
    public int laneIndex(long offset) {
        return store.laneIndex(offset);
    }

    @Override
    public List<String> lanes() {
        return store.lanes();
    }

    @Override
    public List<String> laneLabels() {
        return laneLabels;
    }

    @Override
    public List<Integer> laneOrder() {
        return laneOrder;
    }

    @Override
    public TimelineAxis axis() {
        return store.axis();
    }

    @Override
    public State state(long k) {
        return replay.state(k);
    }

    @Override
    public List<Change> changesAt(long k) {
        return replay.changesAt(k);
    }

    @Override
    public List<Change> diff(long a, long b, String prefix) {
        return replay.diff(a, b, prefix);
    }

    @Override
    public List<OffsetChange> history(String path, long from, long to) {
        return replay.history(path, from, to);
    }

    @Override
    public long previousChange(String path, long before) {
        return replay.previousChange(path, before);
    }

    @Override
    public long nextChange(String path, long after) {
        return replay.nextChange(path, after);
    }

    @Override
    public Cursor newCursor() {
        return replay.newCursor();
    }

    @Override
    public Filter parseFilter(String expression) throws QueryException {
        return Filters.parse(expression);
    }

    @Override
    public long[] find(Filter filter, long from, long to, int limit, CancelToken cancel) {
        long a = Math.max(0, from);
        long b = Math.min(store.eventCount(), to);
        Matches matches = new Matches(filter, limit);
        for (long k = a; k < b && !matches.full() && !cancel.isCancelled(); k += SCAN_CHUNK) {
            store.scan(k, Math.min(b, k + SCAN_CHUNK), matches);
        }
        return matches.offsets();
    }

    @Override
    public long nextMatch(Filter filter, long after, CancelToken cancel) {
        long count = store.eventCount();
        for (long k = Math.max(0, after + 1); k < count && !cancel.isCancelled(); k += SCAN_CHUNK) {
            long[] hit = find(filter, k, Math.min(count, k + SCAN_CHUNK), 1, cancel);
            if (hit.length > 0) return hit[0];
        }
        return -1;
    }

    @Override
    public long previousMatch(Filter filter, long before, CancelToken cancel) {
        for (long end = Math.min(before, store.eventCount()); end > 0 && !cancel.isCancelled(); end -= SCAN_CHUNK) {
            long[] hits = find(filter, Math.max(0, end - SCAN_CHUNK), end, SCAN_CHUNK, cancel);
            if (hits.length > 0) return hits[hits.length - 1];
        }
        return -1;
    }

    @Override
    public long count(Filter filter, CancelToken cancel) {
        long[] n = {0};
        long count = store.eventCount();
        for (long k = 0; k < count && !cancel.isCancelled(); k += SCAN_CHUNK) {
            store.scan(k, Math.min(count, k + SCAN_CHUNK), e -> {
                if (filter.test(e)) n[0]++;
            });
        }
        return n[0];
    }

    @Override
    public CausalGraph causality() {
        CausalGraph graph = causality;
        if (graph == null) {
            synchronized (this) {
                if (causality == null) causality = CausalGraphs.open(store);
                graph = causality;
            }
        }
        return graph;
    }

    @Override
    public void close() {
        store.close();
    }
}
