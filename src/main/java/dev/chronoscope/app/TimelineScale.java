package dev.chronoscope.app;

import dev.chronoscope.event.Event;
import dev.chronoscope.store.DensityPyramid;
import dev.chronoscope.store.TimelineAxis;

/**
 * The timeline's horizontal axis as the window draws it: the positions it spans, how far it zooms
 * in, and what its ticks say. Positions are times in ns for a log laid out by time and offsets for
 * one laid out by offset ({@link TimelineAxis}); everything the timeline places (events, cursor,
 * markers, slices, findings) is in these positions. Captured once off the FX thread.
 *
 * @param first      the smallest position holding an event
 * @param last       the largest, at least first + 1 so that the axis has a width (but at most
 *                   Long.MAX_VALUE: a log all at that time has first = last)
 * @param timeOrigin the log's first time, from which time ticks count (unused by offset)
 */
record TimelineScale(boolean byOffset, long first, long last, long timeOrigin) {
    /** Pixels between ticks, about. */
    private static final double TICK_SPACING = 110;

    static TimelineScale of(TimelineAxis axis, long firstTime) {
        DensityPyramid density = axis.density();
        boolean empty = density.min() == Event.NO_TIME;
        long first = empty ? 0 : density.min();
        long last = empty ? 0 : density.max();
        return new TimelineScale(axis.byOffset(), first, first == Long.MAX_VALUE ? first : Math.max(first + 1, last), firstTime);
    }

    /** The narrowest window the view zooms to: a microsecond, or ten events. */
    double minSpan() {
        return byOffset ? 10 : 1_000;
    }

    /**
     * Where ticks count from: the log's first time (epoch nanoseconds as doubles are 256 ns apart,
     * which put "128 ns" where 0 belongs when ticks were absolute times), or offset 0.
     */
    long tickOrigin() {
        return byOffset ? 0 : timeOrigin;
    }

    /** The distance between ticks for a window of span positions drawn plotWidth pixels wide: 1, 2 or 5 × 10ⁿ. */
    static double tickStep(double span, double plotWidth) {
        double raw = span / Math.max(1, plotWidth / TICK_SPACING);
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(1, raw))));
        for (double m : new double[] {1, 2, 5, 10}) if (m * p >= raw) return m * p;
        return 10 * p;
    }

    /** A tick's label, given its distance from {@link #tickOrigin}: "12 ms", or the offset "#1,200". */
    String tick(long sinceOrigin) {
        return byOffset ? offsetLabel(sinceOrigin) : TimeFormat.tick(sinceOrigin);
    }

    static String offsetLabel(long offset) {
        return String.format("#%,d", offset);
    }
}
