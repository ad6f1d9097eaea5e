package dev.chronoscope.app;

import dev.chronoscope.engine.LogSession;
import dev.chronoscope.engine.LogSummary;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An open log with the facts the FX thread reads constantly, captured once off the FX thread so
 * that drawing never asks the session.
 *
 * @param minTime the earliest event time, from which shown times count ({@link
 *                dev.chronoscope.event.Event#NO_TIME} when no event has one)
 * @param scale   the timeline's axis
 */
record OpenLog(Path path, LogSession session, LogSummary summary, long count, List<String> lanes,
               long minTime, TimelineScale scale, List<String> shownLanes, Map<String, String> labelOfLane) {

    static OpenLog capture(Path path, LogSession session) {
        LogSummary summary = session.summary();
        long minTime = summary.firstTime();
        List<String> lanes = List.copyOf(session.lanes());
        List<String> labels = List.copyOf(session.laneLabels());
        Map<String, String> byLane = new HashMap<>();
        for (int i = 0; i < lanes.size() && i < labels.size(); i++) byLane.put(lanes.get(i), labels.get(i));
        List<String> shown = new java.util.ArrayList<>(lanes.size());
        for (String lane : lanes) shown.add(shownLabel(byLane.getOrDefault(lane, lane)));
        return new OpenLog(path, session, summary, session.eventCount(), lanes, minTime,
                TimelineScale.of(session.axis(), minTime), List.copyOf(shown), byLane);
    }

    /**
     * What to show for a lane key: the name the log declares (Chrome's thread and process names),
     * else the key, else "(no lane)"; drawn safe ({@link JsonText#shown}).
     */
    String laneLabel(String lane) {
        return shownLabel(labelOfLane.getOrDefault(lane, lane));
    }

    /** The shown label of lane index i ({@link #shownLanes}, made once). */
    String laneLabel(int index) {
        return index >= 0 && index < shownLanes.size() ? shownLanes.get(index) : "(no lane)";
    }

    private static String shownLabel(String label) {
        return label == null || label.isEmpty() ? "(no lane)" : JsonText.shown(label);
    }

    String name() {
        Path file = path.getFileName();
        return file == null ? path.toString() : file.toString();
    }
}
