package dev.chronoscope.store;

/**
 * Where the timeline places each event along its horizontal axis, chosen at ingest. A log where at
 * least half of the events carry a time is laid out by time (positions are ns): an event without a
 * time sits at the time of the nearest earlier event that has one, or of the first timed event when
 * none comes before it, so it is drawn and counted beside its neighbours in log order. A log where
 * fewer than half do (most often none) is laid out by offset: event k sits at position k, whatever
 * time it has, as ShiViz draws a log in logical order.
 */
public interface TimelineAxis {

    /** True when positions are offsets, false when they are times in ns. */
    boolean byOffset();

    /** Where the event at offset sits on the axis. */
    long position(long offset);

    /**
     * The first offset whose position is ≥ position (positions mostly ascend in log order); the
     * event count when none is.
     */
    long offsetAtPosition(long position);

    /** Events per lane per bucket of positions. */
    DensityPyramid density();

    /** How the axis is chosen: by offset when fewer than half of the events carry a time. */
    static boolean byOffset(long timedEvents, long events) {
        return 2 * timedEvents < events;
    }
}
