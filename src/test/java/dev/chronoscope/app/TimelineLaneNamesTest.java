package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Lane names in the timeline's label column: cut in the middle to the column's width, so that names
 * sharing a long prefix (a Chrome trace's "Renderer / Compositor…" threads) stay apart, and shown
 * whole when the mouse rests on them.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineLaneNamesTest {
    private final TimelineRenderer renderer = new TimelineRenderer();

    private String label(String name) {
        return FxWait.call(() -> renderer.laneLabel(name));
    }

    private double width(String text) {
        return FxWait.call(() -> renderer.textWidth(text));
    }

    @Test
    void namesSharingALongPrefixStayApartAndFitTheColumn() {
        String first = "Renderer / CompositorTileWorker1";
        String second = "Renderer / CompositorTileWorker2";
        assertNotEquals(label(first), label(second));
        assertTrue(label(first).endsWith("Worker1"), label(first));
        String long1 = "L".repeat(190) + "-first-one";
        String long2 = "L".repeat(190) + "-second-on";
        assertNotEquals(label(long1), label(long2));
        double room = TimelineLayout.LABEL_WIDTH - width("▾ ") - 4;
        for (String name : List.of(first, second, long1, long2, "日本語レーン日本語レーン日本語レーン")) {
            assertTrue(width(label(name)) <= room, label(name) + " fits the column");
        }
        assertEquals("sched", label("sched"), "a name that fits is whole");
        assertEquals("שלום-עולם", label("שלום-עולם"));
    }

    @Test
    void restingOnALaneNameShowsItWhole() throws Exception {
        FakeLogSession session = new FakeLogSession(Path.of("lanes.jsonl"), 30, List.of(), Long.MAX_VALUE, 3);
        OpenLog log = OpenLog.capture(Path.of("lanes.jsonl"), session);
        TimelineLayout layout = new TimelineLayout();
        layout.reset(3);
        layout.canvasHeight(300);
        double secondRow = TimelineLayout.LANES_TOP + TimelineLayout.LANE_HEIGHT * 1.5;
        assertEquals("cpu1", TimelineHoverText.at(null, log, List.of(), layout, new TimelineViewport(), 20, secondRow, 1000));
        assertEquals(null, TimelineHoverText.at(null, log, List.of(), layout, new TimelineViewport(), 20,
                TimelineLayout.LANES_TOP + TimelineLayout.LANE_HEIGHT * 3.5, 1000), "below the last row: nothing");
    }
}
