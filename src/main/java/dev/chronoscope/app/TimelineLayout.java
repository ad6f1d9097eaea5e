package dev.chronoscope.app;

import java.util.HashSet;
import java.util.Set;

/**
 * Where things sit on the timeline canvas: the label column, the overview strip, the time axis and
 * one row per lane (collapsed lanes are thin), scrolled vertically by whole pixels.
 */
final class TimelineLayout {
    static final double LABEL_WIDTH = 120;
    static final double OVERVIEW_HEIGHT = 30;
    static final double AXIS_HEIGHT = 18;
    static final double LANE_HEIGHT = 22;
    static final double COLLAPSED_HEIGHT = 8;

    private final Set<Integer> collapsed = new HashSet<>();
    private double scroll;

    static final double LANES_TOP = OVERVIEW_HEIGHT + AXIS_HEIGHT;

    double lanesTop() {
        return LANES_TOP;
    }

    boolean collapsed(int lane) {
        return collapsed.contains(lane);
    }

    void toggle(int lane) {
        if (!collapsed.remove(lane)) collapsed.add(lane);
    }

    void reset() {
        collapsed.clear();
        scroll = 0;
    }

    double height(int lane) {
        return collapsed(lane) ? COLLAPSED_HEIGHT : LANE_HEIGHT;
    }

    /** Top of the lane's row in canvas coordinates. */
    double top(int lane) {
        double y = lanesTop() - scroll;
        for (int i = 0; i < lane; i++) y += height(i);
        return y;
    }

    /** The lane at canvas y, or -1. */
    int laneAt(double y, int laneCount) {
        if (y < lanesTop()) return -1;
        double top = lanesTop() - scroll;
        for (int i = 0; i < laneCount; i++) {
            double h = height(i);
            if (y >= top && y < top + h) return i;
            top += h;
        }
        return -1;
    }

    void scroll(double dy, int laneCount, double canvasHeight) {
        double total = 0;
        for (int i = 0; i < laneCount; i++) total += height(i);
        double maxScroll = Math.max(0, total - (canvasHeight - lanesTop()));
        scroll = Math.max(0, Math.min(maxScroll, scroll + dy));
    }
}
