package dev.chronoscope.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.replay.Change;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the FX thread needs to draw one cursor position, captured on the cursor thread: the state's
 * leaves as sorted arrays (so the tree can be built lazily by prefix without touching the store),
 * what the event at the cursor changed, and the event itself.
 *
 * @param offset   -1 before the first event
 * @param time     the event's time in ns ({@link Event#NO_TIME} when it has none), or the log's
 *                 first time at -1
 * @param position where the timeline draws the cursor ({@link TimelineScale}): the event's position,
 *                 or just before the first event's at -1
 * @param event    null at -1
 * @param lane     the event's lane index (as the timeline numbers lanes), -1 at -1: the timeline
 *                 scrolls to it without asking the store
 * @param sinceLast which leaves differ from the position the cursor thread captured before this
 *                  one; null when unknown or when most do
 */
record CursorView(long offset, long time, long position, Event event, int lane, String[] paths, JsonNode[] values,
                  List<Change> changes, Map<String, Change> changeByPath, LeafDelta sinceLast) {

    static CursorView of(long offset, long time, long position, Event event, int lane, String[] paths,
                         JsonNode[] values, List<Change> changes, LeafDelta sinceLast) {
        Map<String, Change> byPath = new HashMap<>();
        for (Change c : changes) byPath.put(c.path(), c);
        return new CursorView(offset, time, position, event, lane, paths, values, List.copyOf(changes), byPath, sinceLast);
    }

    /** Index of the first path ≥ key (paths are sorted). */
    int lowerBound(String key) {
        int i = Arrays.binarySearch(paths, key);
        return i >= 0 ? i : -i - 1;
    }

    int leafCount() {
        return paths.length;
    }
}
