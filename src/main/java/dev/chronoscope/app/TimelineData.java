package dev.chronoscope.app;

import dev.chronoscope.store.DensityPyramid.Density;

/**
 * One frame's worth of timeline data, read off the FX thread: densities for the overview and each
 * lane, and — when few events are visible — the single events as parallel arrays. Everything is
 * placed by timeline position ({@link TimelineScale}).
 *
 * @param overview        the whole log, one bucket per pixel
 * @param lanes           per lane, the visible window, one bucket per pixel
 * @param events          the visible events, or null when too many are visible to draw singly
 * @param matchPositions  positions of filter matches in the window (density mode), or null without a filter
 * @param arrows          cross-lane causal edges touching the single events, or null when not drawn
 */
record TimelineData(long from, long to, int width, Density overview, Density[] lanes, Events events,
                    long[] matchPositions, java.util.List<TimelineArrow> arrows) {

    /**
     * Single events: offset, time ({@link dev.chronoscope.event.Event#NO_TIME} when none), the
     * positions where they start and end (equal for instants), lane index, severity, filter match.
     */
    record Events(long[] offsets, long[] times, long[] positions, long[] ends, int[] lanes, byte[] severities,
                  boolean[] matches, String[] types) {
        int size() {
            return offsets.length;
        }

        /** The event drawn nearest to x in lane, within slack pixels, or -1. */
        int hit(int lane, double x, TimelineViewport viewport, double width, double slack) {
            int best = -1;
            double bestDistance = slack;
            for (int i = 0; i < offsets.length; i++) {
                if (lanes[i] != lane) continue;
                double x0 = viewport.x(positions[i], width);
                double x1 = viewport.x(ends[i], width);
                double d = x < x0 ? x0 - x : x > x1 ? x - x1 : 0;
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
            return best;
        }
    }
}
