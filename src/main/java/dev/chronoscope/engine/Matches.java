package dev.chronoscope.engine;

import dev.chronoscope.event.Event;
import dev.chronoscope.query.Filter;
import java.util.Arrays;
import java.util.function.Consumer;

/** Collects the offsets of scanned events that match a filter, up to a limit. */
final class Matches implements Consumer<Event> {
    private final Filter filter;
    private final int limit;
    private long[] offsets = new long[16];
    private int size;

    Matches(Filter filter, int limit) {
        this.filter = filter;
        this.limit = Math.max(0, limit);
    }

    @Override
    public void accept(Event e) {
        if (size < limit && filter.test(e)) {
            if (size == offsets.length) offsets = Arrays.copyOf(offsets, size * 2);
            offsets[size++] = e.offset();
        }
    }

    boolean full() {
        return size >= limit;
    }

    long[] offsets() {
        return Arrays.copyOf(offsets, size);
    }
}
