package dev.chronoscope.app;

import java.util.List;

/**
 * What the timeline's hover label says at a point: a finding's names when over its marker (axis
 * or overview), the event under the mouse when single events are drawn, else the bucket's count.
 */
final class TimelineHoverText {
    private TimelineHoverText() {}

    /** The text at canvas (x, y), or null for nothing to say. */
    static String at(TimelineData d, OpenLog log, List<FindingMark> findings, TimelineLayout layout,
                     TimelineViewport viewport, double x, double y, double plotWidth) {
        if (log == null || x < TimelineLayout.LABEL_WIDTH) return null;
        if (y < layout.lanesTop()) {
            FindingMark f = TimelineCausalLayer.findingAt(findings, x, y, viewport, TimelineLayout.LABEL_WIDTH, plotWidth);
            return f == null ? null : f.tooltip();
        }
        int lane = layout.laneAt(y, log.lanes().size());
        double plotX = x - TimelineLayout.LABEL_WIDTH;
        if (d == null || lane < 0) return null;
        if (d.events() != null) {
            int i = d.events().hit(lane, plotX, viewport, plotWidth, 5);
            return i < 0 ? null : "#" + d.events().offsets()[i] + " " + d.events().types()[i] + " · "
                    + TimeFormat.since(d.events().times()[i], log.minTime());
        }
        if (lane >= d.lanes().length) return null;
        long[] counts = d.lanes()[lane].counts();
        int px = (int) plotX;
        return px >= 0 && px < counts.length && counts[px] > 0 ? counts[px] + " events on " + log.laneLabel(lane) : null;
    }
}
