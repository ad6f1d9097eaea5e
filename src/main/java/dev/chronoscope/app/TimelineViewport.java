package dev.chronoscope.app;

/**
 * The visible window [from, to) of the timeline within the log's [min, max], in the positions of its
 * {@link TimelineScale} (ns or offsets): zoom around an anchor, pan, and the pixel ↔ position
 * mapping. Plain arithmetic, no FX; listeners redraw.
 */
final class TimelineViewport {
    /** Never zoom in further than this many positions across the whole width. */
    private double minSpan = 1_000;

    private long min;
    private long max = 1;
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
        this.max = Math.max(min + 1, max);
        // A little margin so that the first and last events are not drawn on the edge.
        double margin = (this.max - min) * 0.01;
        this.from = min - margin;
        this.to = this.max + margin;
        onChange.run();
    }

    long from() {
        return (long) Math.floor(from);
    }

    long to() {
        return (long) Math.ceil(to);
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

    /** Zooms by factor (&lt; 1 zooms in) keeping the position under anchor (0..1 of the width) in place. */
    void zoom(double factor, double anchor) {
        double fullSpan = (max - min) * 1.02;
        double span = Math.max(minSpan, Math.min(fullSpan, span() * factor));
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
        from = p - half;
        to = p + half;
        clamp();
        onChange.run();
    }

    /** Makes sure position p is visible, moving the window as little as possible. */
    void reveal(long p) {
        if (p >= from && p <= to) return;
        centre(p);
    }

    private void clamp() {
        double margin = (max - min) * 0.01;
        double span = span();
        if (from < min - margin) {
            from = min - margin;
            to = from + span;
        }
        if (to > max + margin) {
            to = max + margin;
            from = Math.max(min - margin, to - span);
        }
    }

    double x(long position, double width) {
        return (position - from) / span() * width;
    }

    /** The position drawn at x, to the nearest whole one (an offset axis has no positions between events). */
    long position(double x, double width) {
        return Math.round(from + x / width * span());
    }
}
