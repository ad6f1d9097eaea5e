package dev.chronoscope.app;

import dev.chronoscope.engine.LogSession;
import dev.chronoscope.event.Event;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The events table's rows: the whole log, or the filter's matches, by row number, holding no
 * events itself. A row asked for comes from a small page cache; a missing page is fetched in the
 * background and the table told when it arrives, and until then the row has only its offset.
 */
final class EventRowList {
    static final int PAGE = 128;
    /**
     * Pages kept (1,024 rows, dozens of screens): a page a jump fetched used to stay cached for the
     * next 64, long enough to outlive a young collection and be copied into the old generation,
     * which then needed mixed collections; a page fetched again costs about a millisecond.
     */
    private static final int MAX_PAGES = 8;

    private final Background background;
    private final Runnable onPageLoaded;
    private final Map<Long, Page> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Page> eldest) {
            return size() > MAX_PAGES;
        }
    };
    private final Set<Long> loading = new HashSet<>();
    private LogSession session;
    private long count;
    private long[] matches;
    private int generation;

    EventRowList(Background background, Runnable onPageLoaded) {
        this.background = background;
        this.onPageLoaded = onPageLoaded;
    }

    /** Shows the whole log (matches null) or only the matching offsets. */
    void reset(LogSession session, long count, long[] matches) {
        this.session = session;
        this.count = count;
        this.matches = matches;
        generation++;
        pages.clear();
        loading.clear();
    }

    /** Rows: events in the log, or matches. */
    long size() {
        if (session == null) return 0;
        return matches != null ? matches.length : count;
    }

    long offsetAt(long row) {
        return matches != null ? matches[(int) row] : row;
    }

    /** The row showing offset, or the last row before it (the filter may hide it); -1 when none. */
    long rowOf(long offset) {
        if (matches == null) return Math.min(offset, size() - 1);
        int i = TimelineLoader.lowerBound(matches, offset);
        if (i < matches.length && matches[i] == offset) return i;
        return i - 1;
    }

    /**
     * A page's events and, on a time axis, where the timeline draws those without a time (null
     * when every one has its own): read with the events, off the FX thread.
     */
    private record Page(Event[] events, long[] placed) {}

    /** The row, its event null while the page holding it loads (which this starts). */
    EventRow get(long row) {
        long page = row / PAGE;
        Page p = pages.get(page);
        if (p == null) {
            load(page);
            return new EventRow(offsetAt(row), null);
        }
        int i = (int) (row - page * PAGE);
        return new EventRow(offsetAt(row), p.events()[i], p.placed() == null ? Event.NO_TIME : p.placed()[i]);
    }

    /**
     * Starts loading the pages holding rows [from, to) that are not cached: asked when the cursor
     * is sent somewhere, so that the rows are usually there when the cursor's view arrives.
     */
    void prefetch(long from, long to) {
        long lo = Math.max(0, from);
        long hi = Math.min(size(), to);
        for (long page = lo / PAGE; page * PAGE < hi; page++) {
            if (!pages.containsKey(page)) load(page);
        }
    }

    private void load(long page) {
        if (!loading.add(page)) return;
        LogSession s = session;
        int gen = generation;
        long from = page * PAGE;
        long to = Math.min(size(), from + PAGE);
        long[] m = matches;
        background.run(() -> fetch(s, m, from, to), events -> {
            if (gen != generation) return;
            loading.remove(page);
            pages.put(page, events);
            onPageLoaded.run();
        });
    }

    private static Page fetch(LogSession s, long[] matches, long from, long to) {
        Event[] events = events(s, matches, from, to);
        long[] placed = null;
        if (!s.axis().byOffset()) {
            for (int i = 0; i < events.length; i++) {
                Event e = events[i];
                if (e == null || e.hasTime()) continue;
                if (placed == null) {
                    placed = new long[events.length];
                    java.util.Arrays.fill(placed, Event.NO_TIME);
                }
                placed[i] = s.axis().position(e.offset());
            }
        }
        return new Page(events, placed);
    }

    private static Event[] events(LogSession s, long[] matches, long from, long to) {
        Event[] out = new Event[(int) (to - from)];
        if (matches == null) {
            List<Event> list = s.events(from, to);
            for (int i = 0; i < out.length && i < list.size(); i++) out[i] = list.get(i);
        } else {
            for (long i = from; i < to; i++) out[(int) (i - from)] = s.event(matches[(int) i]);
        }
        return out;
    }
}
