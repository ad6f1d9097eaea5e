package dev.chronoscope.app;

/**
 * The visible window [from, to) of the timeline within the log's [min, max], in the positions of its
 * {@link TimelineScale} (ns or offsets): zoom around an anchor, pan, and the pixel ↔ position
 * mapping, for the lanes and for the overview strip, which shows the whole log as the widest view
 * does. Plain arithmetic, no FX; listeners redraw.
 *
 * <p>The window is kept as doubles relative to the log's first position, never as absolute ones:
 * nanoseconds since the Unix epoch (about 1.8e18) are 256 apart as doubles, so a window held that
 * way snapped every event, tick and the cursor to 256 ns and put a microsecond's ticks on top of
 * each other. Distances between longs are taken exactly (unsigned where a log spans more than
 * Long.MAX_VALUE), so an axis from Long.MIN_VALUE to Long.MAX_VALUE works too.
 */
final class TimelineViewport {
    /** Never zoom in further than this many positions across the whole width. */
    private double minSpan = 1_000;

    private long min;
    private long max = 1;
    /** max - min, at least 1. */
    private double length = 1;
    /** Positions beside each end of the log in the widest view, so that its ends are not on the edge. */
    private double margin;
    private double from;
    private double to = 1;
    private Runnable onChange = () -> { };

    void onChange(Runnable r) {
        onChange = r;
    }

    /** Shows the whole log. */
    void reset(TimelineScale scale) {
        minSpan = scale.minSpan();
        reset(scale.first(), scale.last());
    }

    void reset(long min, long max) {
        this.min = min;
        this.max = Math.max(max, min == Long.MAX_VALUE ? min : min + 1);
        length = Math.max(1, distance(min, this.max));
        // A log whose events all share one position (all at one time, or one event) gets the closest
        // zoom's width around it, so that they sit in the middle of an axis with ticks, not on a
        // one-nanosecond sliver.
        margin = Math.max(Math.ceil(length * 0.01), (minSpan - length) / 2);
        from = -margin;
        to = length + margin;
        onChange.run();
    }

    /** b - a for b ≥ a, exact up to a double's precision even past Long.MAX_VALUE. */
    static double distance(long a, long b) {
        long d = b - a;
        return d >= 0 ? d : (double) (d >>> 1) * 2 + (d & 1);
    }

    /** Where position p lies from the log's first position (negative before it). */
    private double relative(long p) {
        return p >= min ? distance(min, p) : -distance(p, min);
    }

    /** The position at a distance from the log's first position, to the nearest whole one. */
    private long absolute(double relative) {
        double r = Math.rint(relative);
        if (r >= 0) {
            double room = distance(min, Long.MAX_VALUE);
            if (r >= room) return Long.MAX_VALUE;
            return r <= Long.MAX_VALUE ? min + (long) r : min + Long.MAX_VALUE + (long) (r - Long.MAX_VALUE);
        }
        double room = distance(Long.MIN_VALUE, min);
        if (-r >= room) return Long.MIN_VALUE;
        return -r <= Long.MAX_VALUE ? min - (long) -r : min - Long.MAX_VALUE - (long) (-r - Long.MAX_VALUE);
    }

    long from() {
        return absolute(Math.floor(from));
    }

    long to() {
        return absolute(Math.ceil(to));
    }

    long min() {
        return min;
    }

    long max() {
        return max;
    }

    double span() {
        return to - from;
    }

    /** The widest window, the whole log with its margins: what the overview strip shows. */
    long wholeFrom() {
        return absolute(-margin);
    }

    long wholeTo() {
        return absolute(length + margin);
    }

    /** Zooms by factor (&lt; 1 zooms in) keeping the position under anchor (0..1 of the width) in place. */
    void zoom(double factor, double anchor) {
        double fullSpan = length + 2 * margin;
        // A log narrower than the closest zoom (one event, all at one time) stays as wide as it is.
        double span = Math.min(fullSpan, Math.max(minSpan, span() * factor));
        double at = from + span() * anchor;
        from = at - span * anchor;
        to = from + span;
        clamp();
        onChange.run();
    }

    /** Moves the window by a fraction of its width (positive: later). */
    void pan(double fraction) {
        double d = span() * fraction;
        from += d;
        to += d;
        clamp();
        onChange.run();
    }

    /** Centres the window on position p, keeping its width. */
    void centre(long p) {
        double half = span() / 2;
        double at = relative(p);
        from = at - half;
        to = at + half;
        clamp();
        onChange.run();
    }

    /** Makes sure position p is visible, moving the window as little as possible. */
    void reveal(long p) {
        double at = relative(p);
        if (at >= from && at <= to) return;
        centre(p);
    }

    private void clamp() {
        double span = span();
        if (from < -margin) {
            from = -margin;
            to = from + span;
        }
        if (to > length + margin) {
            to = length + margin;
            from = Math.max(-margin, to - span);
        }
    }

    double x(long position, double width) {
        return (relative(position) - from) / span() * width;
    }

    /** The position drawn at x, to the nearest whole one (an offset axis has no positions between events). */
    long position(double x, double width) {
        return absolute(from + x / width * span());
    }

    /** Where the overview strip, width wide, draws position p. */
    double overviewX(long position, double width) {
        return (relative(position) + margin) / (length + 2 * margin) * width;
    }

    /** The position the overview strip draws at x. */
    long overviewPosition(double x, double width) {
        return absolute(x / width * (length + 2 * margin) - margin);
    }

    /** Where the overview strip draws the window's left and right edges. */
    double overviewFromX(double width) {
        return (from + margin) / (length + 2 * margin) * width;
    }

    double overviewToX(double width) {
        return (to + margin) / (length + 2 * margin) * width;
    }
}
