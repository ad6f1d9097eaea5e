package dev.chronoscope.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where things sit on the timeline canvas: the label column, the overview strip, the time axis and
 * one row per lane (collapsed lanes are thin) in the order the user arranged them, scrolled
 * vertically by whole pixels.
 */
final class TimelineLayout {
    static final double LABEL_WIDTH = 120;
    static final double OVERVIEW_HEIGHT = 30;
    static final double AXIS_HEIGHT = 18;
    static final double LANE_HEIGHT = 22;
    static final double COLLAPSED_HEIGHT = 8;

    private final Set<Integer> collapsed = new HashSet<>();
    /** Lane indexes from top to bottom. */
    private final List<Integer> order = new ArrayList<>();
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

    void reset(int laneCount) {
        collapsed.clear();
        order.clear();
        for (int i = 0; i < laneCount; i++) order.add(i);
        scroll = 0;
    }

    /** Puts lane where target is now, shifting the lanes between them. */
    void move(int lane, int target) {
        int to = order.indexOf(target);
        if (!order.remove((Integer) lane) || to < 0) return;
        order.add(to, lane);
    }

    double height(int lane) {
        return collapsed(lane) ? COLLAPSED_HEIGHT : LANE_HEIGHT;
    }

    /** Top of the lane's row in canvas coordinates. */
    double top(int lane) {
        double y = lanesTop() - scroll;
        for (int i = 0; i < order.size() && order.get(i) != lane; i++) y += height(order.get(i));
        return y;
    }

    /** The lane at canvas y, or -1. */
    int laneAt(double y, int laneCount) {
        if (y < lanesTop()) return -1;
        double top = lanesTop() - scroll;
        for (int i = 0; i < order.size() && i < laneCount; i++) {
            double h = height(order.get(i));
            if (y >= top && y < top + h) return order.get(i);
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
