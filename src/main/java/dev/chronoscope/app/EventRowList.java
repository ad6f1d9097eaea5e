package dev.chronoscope.app;

import dev.chronoscope.engine.LogSession;
import dev.chronoscope.event.Event;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableListBase;

/**
 * The events table's items: a window of at most {@link #WINDOW} rows over the whole log (or over
 * the filter's matches), holding no events itself. A row the table asks for comes from a small page
 * cache; a missing page is fetched in the background and the table refreshed when it arrives.
 *
 * <p>Why a window: JavaFX's virtual flow walks every row above the one it scrolls to, so a list as
 * long as a 10M-event log would make each cursor move cost millions of steps. The window moves
 * with the cursor ({@link #recentre}) and when the user scrolls to its edge.
 */
final class EventRowList extends ObservableListBase<EventRow> {
    static final int PAGE = 128;
    static final int WINDOW = 4_096;
    /**
     * Pages kept (1,024 rows, dozens of screens): a page a jump fetched used to stay cached for the
     * next 64, long enough to outlive a young collection and be copied into the old generation,
     * which then needed mixed collections; a page fetched again costs about a millisecond.
     */
    private static final int MAX_PAGES = 8;

    private final Background background;
    private final Runnable onPageLoaded;
    private final Map<Long, Event[]> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Event[]> eldest) {
            return size() > MAX_PAGES;
        }
    };
    private final Set<Long> loading = new HashSet<>();
    private LogSession session;
    private long count;
    private long[] matches;
    private long base;
    private int generation;

    EventRowList(Background background, Runnable onPageLoaded) {
        this.background = background;
        this.onPageLoaded = onPageLoaded;
    }

    /** Shows the whole log (matches null) or only the matching offsets, from the top. */
    void reset(LogSession session, long count, long[] matches) {
        int oldSize = size();
        this.session = session;
        this.count = count;
        this.matches = matches;
        this.base = 0;
        generation++;
        pages.clear();
        loading.clear();
        fireReplaced(oldSize);
    }

    /** Rows in the whole list (log or matches), of which this window shows at most {@link #WINDOW}. */
    long fullSize() {
        if (session == null) return 0;
        return matches != null ? matches.length : count;
    }

    long base() {
        return base;
    }

    /** Moves the window so that the full index sits in its middle; false when it already did. */
    boolean recentre(long fullIndex) {
        long newBase = Math.max(0, Math.min(fullSize() - WINDOW, fullIndex - WINDOW / 2));
        if (newBase == base || fullSize() <= WINDOW) return false;
        int oldSize = size();
        base = newBase;
        fireReplaced(oldSize);
        return true;
    }

    /**
     * Moves the window so that the full index is its row windowIndex, when the window can sit there
     * with that row well inside it; false (window unchanged) otherwise. A jump that keeps the
     * table's scroll position this way gives the table's rows new items but not new indices, so
     * that none is restyled (a row's index decides its odd/even style).
     */
    boolean placeAt(long fullIndex, int windowIndex) {
        long newBase = fullIndex - windowIndex;
        if (fullSize() <= WINDOW || newBase < 0 || newBase > fullSize() - WINDOW || newBase == base) return false;
        if (windowIndex < PAGE || windowIndex >= WINDOW - PAGE) return false;
        int oldSize = size();
        base = newBase;
        fireReplaced(oldSize);
        return true;
    }

    /** True when the full index lies well inside the window (not within a page of its edges). */
    boolean comfortablyInside(long fullIndex) {
        long lo = base == 0 ? 0 : base + PAGE;
        long hi = base + size() >= fullSize() ? fullSize() : base + size() - PAGE;
        return fullIndex >= lo && fullIndex < hi;
    }

    private void fireReplaced(int oldSize) {
        // A replacement of as many rows lets the table reuse its cells instead of rebuilding them.
        if (oldSize == size() && oldSize > 0) {
            fireChange(new WindowReplaced(this, oldSize));
            return;
        }
        beginChange();
        if (oldSize > 0) nextRemove(0, new ArrayList<>(Collections.nCopies(oldSize, (EventRow) null)));
        if (size() > 0) nextAdd(0, size());
        endChange();
    }

    /**
     * Every row of the window replaced by as many others, the change a jump makes. Made here rather
     * than with the list's change builder, which copies the thousands of removed rows one by one.
     */
    private static final class WindowReplaced extends ListChangeListener.Change<EventRow> {
        private final int size;
        private boolean started;
        private boolean done;

        WindowReplaced(EventRowList list, int size) {
            super(list);
            this.size = size;
        }

        @Override
        public boolean next() {
            if (started) done = true;
            started = true;
            return !done;
        }

        @Override
        public void reset() {
            started = false;
            done = false;
        }

        @Override
        public int getFrom() {
            current();
            return 0;
        }

        @Override
        public int getTo() {
            current();
            return size;
        }

        @Override
        public List<EventRow> getRemoved() {
            current();
            return Collections.nCopies(size, null);
        }

        @Override
        protected int[] getPermutation() {
            current();
            return new int[0];
        }

        private void current() {
            if (!started || done) throw new IllegalStateException("no current change: call next() first");
        }
    }

    @Override
    public int size() {
        return (int) Math.min(WINDOW, fullSize() - base);
    }

    long offsetAt(int index) {
        long full = base + index;
        return matches != null ? matches[(int) full] : full;
    }

    /** The full index of the row showing offset, or of the last row before it (the filter may hide it). */
    long fullIndexOf(long offset) {
        if (matches == null) return Math.min(offset, fullSize() - 1);
        int i = TimelineLoader.lowerBound(matches, offset);
        if (i < matches.length && matches[i] == offset) return i;
        return i - 1;
    }

    @Override
    public EventRow get(int index) {
        long full = base + index;
        long page = full / PAGE;
        Event[] events = pages.get(page);
        if (events == null) {
            load(page);
            return new EventRow(offsetAt(index), null);
        }
        return new EventRow(offsetAt(index), events[(int) (full - page * PAGE)]);
    }

    /**
     * Starts loading the pages holding full indices [from, to) that are not cached: asked when the
     * cursor is sent somewhere, so that the rows are usually there when the cursor's view arrives.
     */
    void prefetch(long from, long to) {
        long lo = Math.max(0, from);
        long hi = Math.min(fullSize(), to);
        for (long page = lo / PAGE; page * PAGE < hi; page++) {
            if (!pages.containsKey(page)) load(page);
        }
    }

    private void load(long page) {
        if (!loading.add(page)) return;
        LogSession s = session;
        int gen = generation;
        long from = page * PAGE;
        long to = Math.min(fullSize(), from + PAGE);
        long[] m = matches;
        background.run(() -> fetch(s, m, from, to), events -> {
            if (gen != generation) return;
            loading.remove(page);
            pages.put(page, events);
            onPageLoaded.run();
        });
    }

    private static Event[] fetch(LogSession s, long[] matches, long from, long to) {
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
