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
    /**
     * Each lane's distance below the first lane's top, by lane index, made when first asked after a
     * change: the renderer asks for a lane's top per event drawn, and walking the order each time
     * cost lanes × events per paint on logs with hundreds of lanes (a JFR recording's threads).
     */
    private double[] offsets;
    private double totalHeight;

    static final double LANES_TOP = OVERVIEW_HEIGHT + AXIS_HEIGHT;

    double lanesTop() {
        return LANES_TOP;
    }

    boolean collapsed(int lane) {
        return collapsed.contains(lane);
    }

    void toggle(int lane) {
        if (!collapsed.remove(lane)) collapsed.add(lane);
        offsets = null;
    }

    void reset(int laneCount) {
        collapsed.clear();
        order.clear();
        for (int i = 0; i < laneCount; i++) order.add(i);
        scroll = 0;
        offsets = null;
    }

    /** Puts lane where target is now, shifting the lanes between them. */
    void move(int lane, int target) {
        int to = order.indexOf(target);
        offsets = null;
        if (!order.remove((Integer) lane) || to < 0) return;
        order.add(to, lane);
    }

    /** Lane indexes from top to bottom, as the user arranged them. */
    List<Integer> order() {
        return List.copyOf(order);
    }

    double height(int lane) {
        return collapsed(lane) ? COLLAPSED_HEIGHT : LANE_HEIGHT;
    }

    /** Top of the lane's row in canvas coordinates. */
    double top(int lane) {
        if (offsets == null) measure();
        // A lane not in the order sits below all of them.
        double below = lane >= 0 && lane < offsets.length && !Double.isNaN(offsets[lane]) ? offsets[lane] : totalHeight;
        return lanesTop() - scroll + below;
    }

    private void measure() {
        int max = -1;
        for (int lane : order) max = Math.max(max, lane);
        offsets = new double[max + 1];
        java.util.Arrays.fill(offsets, Double.NaN);
        double y = 0;
        for (int lane : order) {
            if (Double.isNaN(offsets[lane])) offsets[lane] = y;
            y += height(lane);
        }
        totalHeight = y;
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
