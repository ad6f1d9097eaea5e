package dev.chronoscope.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.chronoscope.causality.CausalGraph;
import dev.chronoscope.causality.Edge;
import dev.chronoscope.causality.Finding;
import dev.chronoscope.engine.CancelToken;
import dev.chronoscope.engine.IngestError;
import dev.chronoscope.engine.LogSession;
import dev.chronoscope.engine.LogSummary;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.Severity;
import dev.chronoscope.query.Filter;
import dev.chronoscope.query.Filters;
import dev.chronoscope.query.QueryException;
import dev.chronoscope.replay.Change;
import dev.chronoscope.replay.Cursor;
import dev.chronoscope.store.DamagedCaches;
import dev.chronoscope.replay.OffsetChange;
import dev.chronoscope.replay.State;
import dev.chronoscope.store.DensityPyramid;
import dev.chronoscope.store.TimelineAxis;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A small in-memory log for GUI tests: event i is on lane cpu(i%3) (or cpu(i%lanes)), of type Start, Tick, Tick, Stop,
 * Warn (i%5), 1 ms apart. The state counts events per lane ({@code counters/cpuN}), keeps the last
 * type ({@code last/type}) and the running tasks ({@code tasks/tI}, added by Start, removed by Stop).
 */
final class FakeLogSession implements LogSession {
    static final String[] TYPES = {"Start", "Tick", "Tick", "Stop", "Warn"};
    private final Path path;
    private final List<Event> events = new ArrayList<>();
    private final List<List<Change>> changes = new ArrayList<>();
    private final List<IngestError> errors;
    private final int laneCount;

    /** Seeks at or past this offset fail as a damaged cache file's reads do. */
    private final long damagedFrom;

    FakeLogSession(Path path, int n, List<IngestError> errors) {
        this(path, n, errors, Long.MAX_VALUE);
    }

    FakeLogSession(Path path, int n, List<IngestError> errors, long damagedFrom) {
        this(path, n, errors, damagedFrom, 3);
    }

    FakeLogSession(Path path, int n, List<IngestError> errors, long damagedFrom, int laneCount) {
        this.path = path;
        this.laneCount = laneCount;
        this.damagedFrom = damagedFrom;
        this.errors = List.copyOf(errors);
        TreeMap<String, JsonNode> state = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String lane = "cpu" + (i % laneCount);
            String type = TYPES[i % 5];
            ObjectNode record = JsonNodeFactory.instance.objectNode();
            record.put("type", type).put("cpu", i % laneCount).put("seq", i);
            Severity sev = type.equals("Warn") ? Severity.WARN : i % 97 == 96 ? Severity.ERROR : Severity.INFO;
            long duration = type.equals("Tick") ? 400_000 : Event.NO_DURATION;
            events.add(new Event(i, timeOf(i), type, lane, sev, "e" + i, duration, null, List.of(), null, record, record, i + 1));
            List<Change> cs = new ArrayList<>();
            JsonNode count = state.get("counters/" + lane);
            set(state, cs, "counters/" + lane, IntNode.valueOf(count == null ? 1 : count.asInt() + 1));
            set(state, cs, "last/type", TextNode.valueOf(type));
            if (type.equals("Start")) set(state, cs, "tasks/t" + i, TextNode.valueOf("running"));
            if (type.equals("Stop")) set(state, cs, "tasks/t" + (i - 3), null);
            changes.add(cs);
        }
    }

    static long timeOf(long i) {
        return 1_000_000_000L + i * 1_000_000L;
    }

    private static void set(TreeMap<String, JsonNode> state, List<Change> cs, String path, JsonNode value) {
        JsonNode before = value == null ? state.remove(path) : state.put(path, value);
        if (!Objects.equals(before, value)) cs.add(new Change(path, before, value));
    }

    @Override
    public LogSummary summary() {
        return new LogSummary(path, "fake-jsonl", "fake", events.size(), events.size(), errors.size(), errors,
                List.of(), lanes(), Map.of(), timeOf(0), timeOf(events.size() - 1), 0, 0, 0, "built", false, 0, 0);
    }

    @Override
    public long eventCount() {
        return events.size();
    }

    @Override
    public Event event(long offset) {
        return events.get((int) offset);
    }

    @Override
    public List<Event> events(long from, long to) {
        return List.copyOf(events.subList((int) Math.max(0, from), (int) Math.min(events.size(), to)));
    }

    @Override
    public long time(long offset) {
        return events.get((int) offset).time();
    }

    @Override
    public int laneIndex(long offset) {
        return (int) (offset % laneCount);
    }

    @Override
    public List<String> lanes() {
        List<String> lanes = new ArrayList<>(laneCount);
        for (int i = 0; i < laneCount; i++) lanes.add("cpu" + i);
        return lanes;
    }

    /** Laid out by time: every event has one. */
    @Override
    public TimelineAxis axis() {
        return new TimelineAxis() {
            @Override
            public boolean byOffset() {
                return false;
            }

            @Override
            public long position(long offset) {
                return time(offset);
            }

            @Override
            public long offsetAtPosition(long position) {
                for (Event e : events) if (e.time() >= position) return e.offset();
                return events.size();
            }

            @Override
            public DensityPyramid density() {
                return timeDensity();
            }
        };
    }

    private DensityPyramid timeDensity() {
        return new DensityPyramid() {
            @Override
            public Density sample(int lane, long fromNs, long toNs, int buckets) {
                long[] counts = new long[buckets];
                byte[] worst = new byte[buckets];
                java.util.Arrays.fill(worst, (byte) -1);
                for (Event e : events) {
                    if (e.time() < fromNs || e.time() >= toNs || (lane >= 0 && laneIndex(e.offset()) != lane)) continue;
                    int b = (int) ((e.time() - fromNs) * buckets / Math.max(1, toNs - fromNs));
                    counts[b]++;
                    worst[b] = (byte) Math.max(worst[b], e.severity().ordinal());
                }
                return new Density(counts, worst);
            }

            @Override
            public long min() {
                return timeOf(0);
            }

            @Override
            public long max() {
                return timeOf(events.size() - 1);
            }
        };
    }

    @Override
    public State state(long k) {
        TreeMap<String, JsonNode> s = new TreeMap<>();
        for (int i = 0; i <= k; i++) {
            for (Change c : changes.get(i)) {
                if (c.after() == null) s.remove(c.path());
                else s.put(c.path(), c.after());
            }
        }
        return new FakeState(k, s);
    }

    @Override
    public List<Change> changesAt(long k) {
        return k < 0 ? List.of() : changes.get((int) k);
    }

    @Override
    public List<Change> diff(long a, long b, String prefix) {
        State sa = state(a);
        State sb = state(b);
        TreeMap<String, Change> out = new TreeMap<>();
        for (var e : sa.leaves(prefix).entrySet()) {
            JsonNode after = sb.get(e.getKey());
            if (!e.getValue().equals(after)) out.put(e.getKey(), new Change(e.getKey(), e.getValue(), after));
        }
        for (var e : sb.leaves(prefix).entrySet()) {
            if (sa.get(e.getKey()) == null) out.put(e.getKey(), new Change(e.getKey(), null, e.getValue()));
        }
        return new ArrayList<>(out.values());
    }

    @Override
    public List<OffsetChange> history(String path, long from, long to) {
        List<OffsetChange> out = new ArrayList<>();
        for (long k = Math.max(0, from); k <= to && k < events.size(); k++) {
            for (Change c : changes.get((int) k)) {
                if (c.path().equals(path) || c.path().startsWith(path + "/")) out.add(new OffsetChange(k, c.path(), c.before(), c.after()));
            }
        }
        return out;
    }

    @Override
    public long previousChange(String path, long before) {
        for (long k = before - 1; k >= 0; k--) if (!history(path, k, k).isEmpty()) return k;
        return -1;
    }

    @Override
    public long nextChange(String path, long after) {
        for (long k = after + 1; k < events.size(); k++) if (!history(path, k, k).isEmpty()) return k;
        return -1;
    }

    @Override
    public Cursor newCursor() {
        return new Cursor() {
            private long offset = -1;

            @Override
            public long offset() {
                return offset;
            }

            @Override
            public void seek(long k) {
                if (k >= damagedFrom) throw DamagedCaches.readFailure("checkpoint block " + k / 100 + " fails its checksum");
                offset = k;
            }

            @Override
            public boolean stepForward() {
                if (offset + 1 >= events.size()) return false;
                offset++;
                return true;
            }

            @Override
            public boolean stepBack() {
                if (offset < 0) return false;
                offset--;
                return true;
            }

            @Override
            public List<Change> changesAtCursor() {
                return changesAt(offset);
            }

            @Override
            public State snapshot() {
                return state(offset);
            }
        };
    }

    @Override
    public Filter parseFilter(String expression) throws QueryException {
        return Filters.parse(expression);
    }

    @Override
    public long[] find(Filter filter, long from, long to, int limit, CancelToken cancel) {
        return events.stream().filter(e -> e.offset() >= from && e.offset() < to && filter.test(e))
                .limit(limit).mapToLong(Event::offset).toArray();
    }

    @Override
    public long nextMatch(Filter filter, long after, CancelToken cancel) {
        for (long k = Math.max(0, after + 1); k < events.size(); k++) if (filter.test(event(k))) return k;
        return -1;
    }

    @Override
    public long previousMatch(Filter filter, long before, CancelToken cancel) {
        for (long k = Math.min(events.size(), before) - 1; k >= 0; k--) if (filter.test(event(k))) return k;
        return -1;
    }

    @Override
    public long count(Filter filter, CancelToken cancel) {
        return find(filter, 0, events.size(), Integer.MAX_VALUE, cancel).length;
    }

    @Override
    public CausalGraph causality() {
        return new CausalGraph() {
            @Override public long edgeCount() { return 0; }
            @Override public long danglingCount() { return 0; }
            @Override public List<Edge> incoming(long offset) { return List.of(); }
            @Override public List<Edge> outgoing(long offset) { return List.of(); }
            @Override public long[] causes(long offset, int depth) { return new long[0]; }
            @Override public long[] effects(long offset, int depth) { return new long[0]; }
            @Override public List<Finding> findings() { return List.of(); }
        };
    }

    @Override
    public void close() {
        // Nothing to release: the log lives in memory.
    }
}
