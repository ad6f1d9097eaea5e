package dev.chronoscope.app;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where things sit on the timeline canvas: the label column, the overview strip, the time axis and
 * one row per lane (collapsed lanes are thin) in the order the user arranged them, scrolled
 * vertically by whole pixels. The scroll stays within the rows: never above the first, never further
 * than the last row's bottom at the canvas's bottom, whatever collapses or resizes.
 */
final class TimelineLayout {
    static final double LABEL_WIDTH = 120;
    static final double OVERVIEW_HEIGHT = 30;
    static final double AXIS_HEIGHT = 18;
    static final double LANE_HEIGHT = 22;
    static final double COLLAPSED_HEIGHT = 11;

    private final Set<Integer> collapsed = new HashSet<>();
    /** Lane indexes from top to bottom. */
    private final List<Integer> order = new ArrayList<>();
    private double scroll;
    /** The canvas's height; until the view tells, no rows are visible. */
    private double canvasHeight;
    /**
     * Each lane's distance below the first lane's top, by lane index, made when first asked after a
     * change: the renderer asks for a lane's top per event drawn, and walking the order each time
     * cost lanes × events per paint on logs with hundreds of lanes (a JFR recording's threads).
     */
    private double[] offsets;
    /** The rows' tops in the order they are drawn, ascending: for finding the rows in a band fast. */
    private double[] rowTops;
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
        scrollTo(scroll);
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

    /** The canvas is now this tall: the scroll shrinks if the rows' bottom would lift off it. */
    void canvasHeight(double height) {
        canvasHeight = Math.max(0, height);
        scrollTo(scroll);
    }

    /** How far the rows are scrolled up, in pixels. */
    double scroll() {
        return scroll;
    }

    /** The height of every row together. */
    double lanesHeight() {
        if (offsets == null) measure();
        return totalHeight;
    }

    /** The height the rows are seen through, below the axis. */
    double visibleHeight() {
        return Math.max(0, canvasHeight - lanesTop());
    }

    double maxScroll() {
        return Math.max(0, lanesHeight() - visibleHeight());
    }

    /** Whether some rows lie outside the canvas, so that the view needs a scrollbar. */
    boolean overflows() {
        return maxScroll() > 0;
    }

    /** Scrolls to y (whole pixels), clamped to the rows. */
    void scrollTo(double y) {
        scroll = Math.max(0, Math.min(maxScroll(), Math.round(y)));
    }

    void scrollBy(double dy) {
        scrollTo(scroll + dy);
    }

    /**
     * Scrolls the least that shows the whole of the lane's row; a row already in full view does not
     * move. A row taller than the view (or a view not measured yet) shows its top.
     *
     * @return whether the scroll changed
     */
    boolean reveal(int lane) {
        if (offsets == null) measure();
        if (lane < 0 || lane >= offsets.length || Double.isNaN(offsets[lane])) return false;
        double rowTop = offsets[lane];
        double rowBottom = rowTop + height(lane);
        double before = scroll;
        double visible = visibleHeight();
        if (rowTop < scroll || rowBottom - rowTop > visible) scrollTo(rowTop);
        else if (rowBottom > scroll + visible) scrollTo(Math.ceil(rowBottom - visible));
        return scroll != before;
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
        rowTops = new double[order.size()];
        double y = 0;
        for (int i = 0; i < order.size(); i++) {
            int lane = order.get(i);
            if (Double.isNaN(offsets[lane])) offsets[lane] = y;
            rowTops[i] = y;
            y += height(lane);
        }
        totalHeight = y;
    }

    /** The lanes whose rows show now, at least in part. */
    BitSet lanesInView() {
        return lanesBetween(scroll, scroll + visibleHeight());
    }

    /**
     * The lanes in view and those within a view's height above and below them: the timeline loads
     * these, so that scrolling a little shows loaded rows while the next load is on its way.
     */
    BitSet lanesNearView() {
        double visible = visibleHeight();
        return lanesBetween(scroll - visible, scroll + 2 * visible);
    }

    /** The lanes whose rows reach into [from, to), in pixels below the first row's top. */
    private BitSet lanesBetween(double from, double to) {
        if (offsets == null) measure();
        BitSet out = new BitSet();
        int i = java.util.Arrays.binarySearch(rowTops, from);
        // The row holding from starts before it: step back to it.
        i = i >= 0 ? i : Math.max(0, -i - 2);
        for (; i < rowTops.length && rowTops[i] < to; i++) {
            int lane = order.get(i);
            if (rowTops[i] + height(lane) > from) out.set(lane);
        }
        return out;
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
}
