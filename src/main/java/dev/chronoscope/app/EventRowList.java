package dev.chronoscope.app;

import dev.chronoscope.engine.LogSession;
import dev.chronoscope.event.Event;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableListBase;

/**
 * The events table's items: a list as long as the log (or the filter's matches) that holds no
 * events. A row the table asks for comes from a small page cache; a missing page is fetched in the
 * background and the table refreshed when it arrives, so scrolling a 10M-event log costs only the
 * pages on screen.
 */
final class EventRowList extends ObservableListBase<EventRow> {
    static final int PAGE = 128;
    private static final int MAX_PAGES = 64;

    private final Background background;
    private final Runnable onPageLoaded;
    private final Map<Integer, Event[]> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Event[]> eldest) {
            return size() > MAX_PAGES;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
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
        int oldSize = size();
        this.session = session;
        this.count = count;
        this.matches = matches;
        generation++;
        pages.clear();
        loading.clear();
        beginChange();
        if (oldSize > 0) nextRemove(0, new ArrayList<>(java.util.Collections.nCopies(oldSize, (EventRow) null)));
        if (size() > 0) nextAdd(0, size());
        endChange();
    }

    @Override
    public int size() {
        if (session == null) return 0;
        return (int) Math.min(Integer.MAX_VALUE - 8, matches != null ? matches.length : count);
    }

    long offsetAt(int index) {
        return matches != null ? matches[index] : index;
    }

    /** The row showing offset, or the last row before it (the filter may hide the offset itself). */
    int indexOf(long offset) {
        if (matches == null) return (int) Math.min(offset, size() - 1L);
        int i = TimelineLoader.lowerBound(matches, offset);
        if (i < matches.length && matches[i] == offset) return i;
        return i - 1;
    }

    @Override
    public EventRow get(int index) {
        int page = index / PAGE;
        Event[] events = pages.get(page);
        if (events == null) {
            load(page);
            return new EventRow(offsetAt(index), null);
        }
        return new EventRow(offsetAt(index), events[index - page * PAGE]);
    }

    private void load(int page) {
        if (!loading.add(page)) return;
        LogSession s = session;
        int gen = generation;
        int from = page * PAGE;
        int to = Math.min(size(), from + PAGE);
        long[] m = matches;
        background.run(() -> fetch(s, m, from, to), events -> {
            if (gen != generation) return;
            loading.remove(page);
            pages.put(page, events);
            onPageLoaded.run();
        });
    }

    private static Event[] fetch(LogSession s, long[] matches, int from, int to) {
        Event[] out = new Event[to - from];
        if (matches == null) {
            List<Event> list = s.events(from, to);
            for (int i = 0; i < out.length && i < list.size(); i++) out[i] = list.get(i);
        } else {
            for (int i = from; i < to; i++) out[i - from] = s.event(matches[i]);
        }
        return out;
    }
}
