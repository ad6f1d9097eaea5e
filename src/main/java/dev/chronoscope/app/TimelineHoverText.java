package dev.chronoscope.app;

import dev.chronoscope.event.Event;
import java.util.List;

/**
 * What the timeline's hover label says at a point: a lane's whole name over its (cut) name, a
 * finding's names when over its marker (axis or overview), the event under the mouse when single
 * events are drawn, else the bucket's count
 * (with the offsets it covers, on a log laid out by offset).
 */
final class TimelineHoverText {
    private TimelineHoverText() {}

    /** The text at canvas (x, y), or null for nothing to say. */
    static String at(TimelineData d, OpenLog log, List<FindingMark> findings, TimelineLayout layout,
                     TimelineViewport viewport, double x, double y, double plotWidth) {
        if (log == null) return null;
        if (x < TimelineLayout.LABEL_WIDTH) {
            // The name in full: the row shows it cut to the label column.
            int lane = layout.laneAt(y, log.lanes().size());
            return lane < 0 ? null : log.laneLabel(lane);
        }
        if (y < layout.lanesTop()) {
            FindingMark f = TimelineCausalLayer.findingAt(findings, x, y, viewport, TimelineLayout.LABEL_WIDTH, plotWidth);
            return f == null ? null : f.tooltip();
        }
        int lane = layout.laneAt(y, log.lanes().size());
        double plotX = x - TimelineLayout.LABEL_WIDTH;
        if (d == null || lane < 0) return null;
        if (d.events() != null) {
            int i = d.events().hit(lane, plotX, viewport, plotWidth, 5);
            if (i < 0) return null;
            long time = d.events().times()[i];
            return "#" + d.events().offsets()[i] + " " + d.events().types()[i] + " · "
                    + (time != Event.NO_TIME ? TimeFormat.since(time, log.minTime())
                    : log.scale().byOffset() ? "no time" : TimeFormat.placed(d.events().positions()[i], log.minTime()) + ", no time of its own");
        }
        if (lane >= d.lanes().length) return null;
        long[] counts = d.lanes()[lane].counts();
        int px = (int) plotX;
        if (px < 0 || px >= counts.length || counts[px] == 0) return null;
        String text = counts[px] + " events on " + log.laneLabel(lane);
        if (!log.scale().byOffset()) return text;
        // The offsets of the column's share of the window the loader sampled.
        double perColumn = (double) (d.to() - d.from()) / counts.length;
        long first = Math.max(0, (long) Math.ceil(d.from() + px * perColumn));
        long last = Math.max(first, Math.min(log.count() - 1, (long) Math.ceil(d.from() + (px + 1) * perColumn) - 1));
        return text + " in " + TimelineScale.offsetLabel(first) + "–" + TimelineScale.offsetLabel(last);
    }
}
