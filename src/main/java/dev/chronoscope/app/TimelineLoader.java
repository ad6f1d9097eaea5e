package dev.chronoscope.app;

import dev.chronoscope.causality.CausalGraph;
import dev.chronoscope.causality.Edge;
import dev.chronoscope.engine.LogSession;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.EventHeaderVisitor;
import dev.chronoscope.event.Severity;
import dev.chronoscope.query.Filter;
import dev.chronoscope.store.DensityPyramid;
import dev.chronoscope.store.DensityPyramid.Density;
import dev.chronoscope.store.TimelineAxis;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads what the timeline draws on its own thread, newest request first (older ones are dropped):
 * density per pixel from the pyramid, and the events themselves once few enough are visible. The
 * window [from, to) is in positions of the log's {@link TimelineAxis}, whichever it is: the pyramid
 * and the axis' offset lookup answer in them, so a log laid out by offset reads the same indexes.
 */
final class TimelineLoader implements AutoCloseable {
    /** At most this many events are drawn one by one; more are drawn as density. */
    static final int SINGLE_EVENT_LIMIT = 2_000;
    /** Match ticks drawn over the density at most. */
    private static final int MATCH_TICK_LIMIT = 4_000;

    /** Cross-lane edges drawn at most, so that a dense causal window stays cheap to paint. */
    private static final int ARROW_LIMIT = 4_000;

    /**
     * What to read: the window [from, to) at width columns, and the density of the given lanes only
     * (null: all). The window is span positions wide: more than to - from when it reaches past
     * Long.MAX_VALUE ns, where to stops, as the widest view of a log ending there does. A log may have 50,000 lanes, and a density per lane per column for all of them
     * came to half a gigabyte per load, while a dozen rows show at once.
     */
    record Query(OpenLog log, long from, long to, double span, int width, Filter filter, long[] matches, boolean arrows,
                 BitSet lanes) {
        /** A window whose width is [from, to): one that does not reach past Long.MAX_VALUE. */
        Query(OpenLog log, long from, long to, int width, Filter filter, long[] matches, boolean arrows, BitSet lanes) {
            this(log, from, to, TimelineViewport.distance(from, to), width, filter, matches, arrows, lanes);
        }
    }

    /** The density of a lane that was not asked for: no columns, so nothing is drawn. */
    static final Density NOT_LOADED = new Density(new long[0], new byte[0]);

    private final LatestOnlyWorker<Query, TimelineData> worker;

    TimelineLoader(Background background, Consumer<TimelineData> onFx) {
        worker = new LatestOnlyWorker<>("chronoscope-timeline", background, TimelineLoader::load, onFx);
    }

    void request(Query q) {
        if (q.width() <= 0 || q.log() == null) return;
        worker.request(q);
    }

    static TimelineData load(Query q) {
        LogSession s = q.log().session();
        TimelineAxis axis = s.axis();
        DensityPyramid pyramid = axis.density();
        // The overview shows the whole log as the widest view does, margins included, so that at
        // that view an event sits at the same x in the overview as on its lane.
        TimelineViewport whole = new TimelineViewport();
        whole.reset(q.log().scale());
        Density overview = overview(pyramid, whole, q.width());
        List<String> lanes = q.log().lanes();
        Density[] perLane = new Density[lanes.size()];
        for (int i = 0; i < perLane.length; i++) {
            perLane[i] = q.lanes() == null || q.lanes().get(i) ? window(pyramid, i, q) : NOT_LOADED;
        }
        long first = axis.offsetAtPosition(q.from());
        // The window ends before q.to(), except at the axis' last position, where it cannot: events at
        // Long.MAX_VALUE ns are in every window that reaches it.
        long end = q.to() == Long.MAX_VALUE ? q.log().count() : axis.offsetAtPosition(q.to());
        if (first < 0) first = q.log().count();
        if (end < 0) end = q.log().count();
        TimelineData.Events events = null;
        long[] matchPositions = null;
        if (end - first <= SINGLE_EVENT_LIMIT) events = events(s, first, end, lanes, q.filter());
        else if (q.matches() != null) matchPositions = matchPositions(axis, q.matches(), first, end);
        List<TimelineArrow> arrows = events != null && q.arrows() ? arrows(s, events) : null;
        return new TimelineData(q.from(), q.to(), q.width(), overview, perLane, events, matchPositions, arrows);
    }

    /**
     * The whole log's density across the overview's columns. When the widest view reaches past
     * Long.MAX_VALUE ns (a log ending there, or all at one time there), no position exists beyond it:
     * only the columns up to it are sampled, so that an event there is drawn where the overview puts
     * it and not stretched onto the right edge.
     */
    private static Density overview(DensityPyramid pyramid, TimelineViewport whole, int width) {
        if (whole.wholeTo() != Long.MAX_VALUE) return pyramid.sample(-1, whole.wholeFrom(), whole.wholeTo(), width);
        return upToLongMax(pyramid, -1, whole.wholeFrom(), whole.overviewX(Long.MAX_VALUE, width), width);
    }

    /**
     * A lane's density across the window's columns. A window reaching past Long.MAX_VALUE ns (zoomed
     * onto the end of a log that ends there) is wider than [from, to): only the columns up to
     * Long.MAX_VALUE are sampled, so that each column holds the positions drawn there, as single
     * events are.
     */
    private static Density window(DensityPyramid pyramid, int lane, Query q) {
        double positions = TimelineViewport.distance(q.from(), q.to());
        if (q.to() != Long.MAX_VALUE || q.span() <= positions) return pyramid.sample(lane, q.from(), q.to(), q.width());
        return upToLongMax(pyramid, lane, q.from(), positions / q.span() * q.width(), q.width());
    }

    /** Density of [from, Long.MAX_VALUE] in the columns up to maxX, where that position is drawn; none after. */
    private static Density upToLongMax(DensityPyramid pyramid, int lane, long from, double maxX, int width) {
        int reached = (int) Math.max(1, Math.min(width, Math.floor(maxX) + 1));
        Density d = pyramid.sample(lane, from, Long.MAX_VALUE, reached);
        byte[] worst = Arrays.copyOf(d.worstSeverity(), width);
        Arrays.fill(worst, reached, width, (byte) -1);
        return new Density(Arrays.copyOf(d.counts(), width), worst);
    }

    /**
     * The edges into and out of the visible events whose ends lie on different lanes, read in one
     * pass ({@link CausalGraph#edgesAround}). A visible end's position and lane are in events (the
     * visible events are consecutive offsets); only an end outside the window is looked up.
     */
    private static List<TimelineArrow> arrows(LogSession s, TimelineData.Events events) {
        if (events.size() == 0) return List.of();
        long first = events.offsets()[0];
        Map<EdgeEnds, TimelineArrow> seen = new LinkedHashMap<>();
        for (Edge e : s.causality().edgesAround(first, first + events.size())) {
            if (seen.size() >= ARROW_LIMIT) break;
            // Keyed by both ends: edges of several kinds between the same two events draw as one arrow.
            EdgeEnds ends = new EdgeEnds(e.from(), e.to());
            if (seen.containsKey(ends)) continue;
            int fromLane = laneOf(s, events, first, e.from());
            int toLane = laneOf(s, events, first, e.to());
            if (fromLane == toLane) continue;
            seen.put(ends, new TimelineArrow(e.from(), e.to(), positionOf(s, events, first, e.from()),
                    positionOf(s, events, first, e.to()), fromLane, toLane, e.againstTime()));
        }
        return List.copyOf(seen.values());
    }

    private static int laneOf(LogSession s, TimelineData.Events events, long first, long offset) {
        long i = offset - first;
        return i >= 0 && i < events.size() ? events.lanes()[(int) i] : s.laneIndex(offset);
    }

    private static long positionOf(LogSession s, TimelineData.Events events, long first, long offset) {
        long i = offset - first;
        return i >= 0 && i < events.size() ? events.positions()[(int) i] : s.axis().position(offset);
    }

    /**
     * Both ends of an edge as a map key. Not a record: a record's first hashCode builds its method
     * handles, a few ms the first single-event window would pay.
     */
    private static final class EdgeEnds {
        private final long from;
        private final long to;

        EdgeEnds(long from, long to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof EdgeEnds e && e.from == from && e.to == to;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(from * 31 + to);
        }
    }

    /**
     * The visible events' fields. Without a filter only their headers are read; a filter needs the
     * whole events to test.
     */
    private static TimelineData.Events events(LogSession s, long first, long end, List<String> lanes, Filter filter) {
        Map<String, Integer> laneIndex = new HashMap<>();
        for (int i = 0; i < lanes.size(); i++) laneIndex.put(lanes.get(i), i);
        if (first >= end) return new EventsBuilder(0, laneIndex, true, 0).build();
        TimelineAxis axis = s.axis();
        EventsBuilder out = new EventsBuilder((int) (end - first), laneIndex, axis.byOffset(), axis.position(first));
        if (filter == null) {
            s.scanHeaders(first, end, out);
        } else {
            for (Event e : s.events(first, end)) {
                out.accept(e.offset(), e.time(), e.endTime(), e.type(), e.lane(), e.severity());
                out.matched(filter.test(e));
            }
        }
        return out.build();
    }

    /**
     * Fills the columns of {@link TimelineData.Events}, one event at a time; all match until told
     * otherwise. Places the events as the axis does: by offset, or by time with an event without one
     * at the last time before it, which the consecutive events carry from the first one's position.
     */
    private static final class EventsBuilder implements EventHeaderVisitor {
        private final Map<String, Integer> laneIndex;
        private final boolean byOffset;
        private long carried;
        private final long[] offsets, times, positions, ends;
        private final int[] lanes;
        private final byte[] severities;
        private final boolean[] matches;
        private final String[] types;
        private int n;

        /** @param firstPosition the first event's position, which an event without a time carries on */
        EventsBuilder(int capacity, Map<String, Integer> laneIndex, boolean byOffset, long firstPosition) {
            this.laneIndex = laneIndex;
            this.byOffset = byOffset;
            this.carried = firstPosition;
            offsets = new long[capacity];
            times = new long[capacity];
            positions = new long[capacity];
            ends = new long[capacity];
            lanes = new int[capacity];
            severities = new byte[capacity];
            matches = new boolean[capacity];
            types = new String[capacity];
        }

        @Override
        public void accept(long offset, long time, long endTime, String type, String lane, Severity severity) {
            offsets[n] = offset;
            times[n] = time;
            if (byOffset) {
                positions[n] = offset;
                ends[n] = offset;
            } else if (time == Event.NO_TIME) {
                positions[n] = carried;
                ends[n] = carried;
            } else {
                carried = time;
                positions[n] = time;
                ends[n] = endTime;
            }
            lanes[n] = laneIndex.getOrDefault(lane, 0);
            severities[n] = (byte) severity.ordinal();
            matches[n] = true;
            types[n] = type;
            n++;
        }

        /** Whether the event accepted last matches the filter. */
        void matched(boolean match) {
            matches[n - 1] = match;
        }

        TimelineData.Events build() {
            if (n == offsets.length) {
                return new TimelineData.Events(offsets, times, positions, ends, lanes, severities, matches, types);
            }
            return new TimelineData.Events(Arrays.copyOf(offsets, n), Arrays.copyOf(times, n), Arrays.copyOf(positions, n),
                    Arrays.copyOf(ends, n), Arrays.copyOf(lanes, n), Arrays.copyOf(severities, n), Arrays.copyOf(matches, n),
                    Arrays.copyOf(types, n));
        }
    }

    private static long[] matchPositions(TimelineAxis axis, long[] matches, long first, long end) {
        int a = lowerBound(matches, first);
        int b = lowerBound(matches, end);
        int n = b - a;
        int stride = Math.max(1, n / MATCH_TICK_LIMIT);
        long[] out = new long[(n + stride - 1) / stride];
        for (int i = 0; i < out.length; i++) out[i] = axis.position(matches[a + i * stride]);
        return out;
    }

    static int lowerBound(long[] sorted, long key) {
        int i = Arrays.binarySearch(sorted, key);
        if (i < 0) return -i - 1;
        while (i > 0 && sorted[i - 1] == key) i--;
        return i;
    }

    @Override
    public void close() {
        worker.close();
    }
}
