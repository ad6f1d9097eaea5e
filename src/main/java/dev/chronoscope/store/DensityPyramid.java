package dev.chronoscope.store;

/**
 * Event counts and worst severity per lane per bucket of timeline positions ({@link TimelineAxis}),
 * kept at power-of-two bucket widths so that the timeline reads about one bucket per pixel at any
 * zoom level.
 */
public interface DensityPyramid {

    /**
     * Aggregates the positions [from, to) into {@code buckets} equal parts; lane -1 means all lanes.
     * A range ending at Long.MAX_VALUE includes it: no range could reach past it.
     */
    Density sample(int lane, long from, long to, int buckets);

    /** The smallest position holding an event; {@link dev.chronoscope.event.Event#NO_TIME} when none does. */
    long min();

    /** The largest position holding an event; {@link dev.chronoscope.event.Event#NO_TIME} when none does. */
    long max();

    /**
     * @param counts        events per bucket
     * @param worstSeverity per bucket the highest {@link dev.chronoscope.event.Severity#ordinal()},
     *                      -1 where the bucket is empty
     */
    record Density(long[] counts, byte[] worstSeverity) {}
}
