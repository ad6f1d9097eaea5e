package dev.chronoscope.store;

import dev.chronoscope.event.Event;
import java.util.Arrays;
import java.util.NavigableMap;

/**
 * Builds the density pyramid of whichever {@link TimelineAxis} the log turns out to need. Which one
 * is known only at the end, so events are counted both by offset and by placed time as they arrive
 * (two bounded {@link DensityBuilder}s) and only the chosen pyramid is written. Placing by time
 * follows the axis' rule: an event without a time counts at the last time before it; those before
 * the first time wait, per lane, and count at the first time once it comes.
 */
final class TimelineAxisBuilder {
    private final DensityBuilder byTime = new DensityBuilder();
    private final DensityBuilder byOffset = new DensityBuilder();
    private long events;
    private long timed;
    private long lastTime = Event.NO_TIME;
    private long[] waitingCounts = new long[0];
    private byte[] waitingWorst = new byte[0];

    void add(int lane, long time, int severity) {
        byOffset.add(lane, events, severity);
        events++;
        if (time != Event.NO_TIME) {
            if (lastTime == Event.NO_TIME) placeWaiting(time);
            timed++;
            lastTime = time;
            byTime.add(lane, time, severity);
        } else if (lastTime != Event.NO_TIME) {
            byTime.add(lane, lastTime, severity);
        } else {
            waitForFirstTime(lane, severity);
        }
    }

    private void waitForFirstTime(int lane, int severity) {
        if (lane >= waitingCounts.length) {
            int n = Math.max(lane + 1, waitingCounts.length * 2);
            waitingCounts = Arrays.copyOf(waitingCounts, n);
            waitingWorst = Arrays.copyOf(waitingWorst, n);
        }
        if (waitingCounts[lane] == 0 || severity > waitingWorst[lane]) waitingWorst[lane] = (byte) severity;
        waitingCounts[lane]++;
    }

    private void placeWaiting(long firstTime) {
        for (int lane = 0; lane < waitingCounts.length; lane++) {
            byTime.add(lane, firstTime, waitingWorst[lane], waitingCounts[lane]);
        }
        waitingCounts = new long[0];
        waitingWorst = new byte[0];
    }

    boolean byOffset() {
        return TimelineAxis.byOffset(timed, events);
    }

    /** Writes the chosen axis' pyramid levels to map; returns the summary {@link StoredDensity} opens with. */
    byte[] finish(NavigableMap<Long, byte[]> map) {
        return (byOffset() ? byOffset : byTime).finish(map);
    }
}
