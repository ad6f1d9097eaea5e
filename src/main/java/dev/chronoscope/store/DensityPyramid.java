package dev.chronoscope.store;

/**
 * Event counts and worst severity per lane per time bucket, kept at power-of-two bucket widths so
 * that the timeline reads about one bucket per pixel at any zoom level.
 */
public interface DensityPyramid {

    /** Aggregates [fromNs, toNs) into {@code buckets} equal parts; lane -1 means all lanes. */
    Density sample(int lane, long fromNs, long toNs, int buckets);

    /** Earliest and latest event time in the log (ns). */
    long minTime();

    long maxTime();

    /**
     * @param counts        events per bucket
     * @param worstSeverity per bucket the highest {@link dev.chronoscope.event.Severity#ordinal()},
     *                      -1 where the bucket is empty
     */
    record Density(long[] counts, byte[] worstSeverity) {}
}
