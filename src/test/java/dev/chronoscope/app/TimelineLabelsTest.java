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
 * What the timeline writes: lane names cut in the middle to the label column, so that names sharing
 * a long prefix (a Chrome trace's "Renderer / Compositor…" threads) stay apart, and shown whole when
 * the mouse rests on them; the axis' labels from the log's start, none cut by the plot's edge.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineLabelsTest {
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

    /** The axis' ticks: none before the log's start, no label cut by the right edge, none stacked. */
    @Test
    void axisLabelsStartAtTheLogAndFitThePlot() {
        TimelineViewport offsets = new TimelineViewport();
        TimelineScale oneEvent = new TimelineScale(true, 0, 1, Long.MIN_VALUE);
        offsets.reset(oneEvent);
        List<TimelineRenderer.Tick> ticks = FxWait.call(() -> renderer.ticks(offsets, 1250, oneEvent));
        assertEquals("#0", ticks.get(0).label(), "no tick at #-1 in the margin before the log");
        for (TimelineRenderer.Tick t : ticks) {
            if (t.label() != null) assertTrue(t.x() + 3 + width(t.label()) <= 1250, t.label() + " at " + t.x() + " is cut");
        }

        TimelineViewport time = new TimelineViewport();
        TimelineScale timed = new TimelineScale(false, 4_200_009_232L, 4_275_000_000L, 4_200_009_232L);
        time.reset(timed);
        List<TimelineRenderer.Tick> timeTicks = FxWait.call(() -> renderer.ticks(time, 1250, timed));
        assertEquals("0 ns", timeTicks.get(0).label());
        TimelineRenderer.Tick last = timeTicks.get(timeTicks.size() - 1);
        assertTrue(last.label() == null || last.x() + 3 + width(last.label()) <= 1250, "the last label is whole or left off");

        TimelineViewport whole = new TimelineViewport();
        TimelineScale bogus = new TimelineScale(false, Long.MIN_VALUE + 1, Long.MAX_VALUE, Long.MIN_VALUE + 1);
        whole.reset(bogus);
        List<TimelineRenderer.Tick> far = FxWait.call(() -> renderer.ticks(whole, 1250, bogus));
        for (int i = 1; i < far.size(); i++) {
            assertTrue(far.get(i).x() - far.get(i - 1).x() > 50, "ticks " + (i - 1) + " and " + i + " are apart");
        }

        TimelineViewport atMax = new TimelineViewport();
        TimelineScale allAtMax = new TimelineScale(false, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);
        atMax.reset(allAtMax);
        List<TimelineRenderer.Tick> maxTicks = FxWait.call(() -> renderer.ticks(atMax, 1250, allAtMax));
        assertEquals("0 ns", maxTicks.get(0).label(), "a log all at Long.MAX_VALUE ns has its tick, where the window ends");
        assertEquals(625, maxTicks.get(0).x(), 2, "in the middle of the axis");
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
