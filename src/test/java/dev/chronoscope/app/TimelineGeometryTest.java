package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The timeline's arithmetic: lanes collapse and move, the viewport zooms around its anchor and stays in the log. */
class TimelineGeometryTest {

    @Test
    void lanesCollapseAndMoveAndAreFoundWhereTheyAreDrawn() {
        TimelineLayout layout = new TimelineLayout();
        layout.reset(3);
        double top = TimelineLayout.LANES_TOP;
        assertEquals(1, layout.laneAt(top + TimelineLayout.LANE_HEIGHT + 1, 3));
        layout.move(2, 0);
        assertEquals(top, layout.top(2));
        assertEquals(2, layout.laneAt(top + 1, 3));
        assertEquals(0, layout.laneAt(top + TimelineLayout.LANE_HEIGHT + 1, 3));
        layout.toggle(2);
        assertEquals(top + TimelineLayout.COLLAPSED_HEIGHT, layout.top(0));
        assertEquals(-1, layout.laneAt(top - 1, 3));
    }

    @Test
    void zoomKeepsTheAnchorAndPanningStopsAtTheLogsEdges() {
        TimelineViewport v = new TimelineViewport();
        v.reset(0, 1_000_000);
        long atQuarter = v.position(250, 1000);
        v.zoom(0.1, 0.25);
        assertEquals(atQuarter, v.position(250, 1000), 2.0);
        assertTrue(v.span() < 120_000);
        v.pan(100);
        assertTrue(v.to() <= 1_000_000 + 10_001, "panned past the end: " + v.to());
        v.pan(-100);
        assertTrue(v.from() >= -10_001, "panned before the start: " + v.from());
        v.zoom(1e9, 0.5);
        assertEquals(1_020_000, v.span(), 1.0);
    }

    /** By offset the axis zooms in to ten events, ticks land on whole offsets, and a pixel maps to the nearest event. */
    @Test
    void anOffsetAxisZoomsToTenEventsAndCountsInWholeOffsets() {
        TimelineScale scale = new TimelineScale(true, 0, 299, Long.MIN_VALUE);
        TimelineViewport v = new TimelineViewport();
        v.reset(scale);
        assertEquals(-3, v.from(), "the whole log with a margin of 1 %");
        assertEquals(302, v.to());
        v.zoom(1e-9, 0.5);
        assertEquals(10, v.span(), 1e-9);
        assertEquals(1, TimelineScale.tickStep(v.span(), 1320), 0.0, "a tick per event when zoomed in");
        assertEquals(50, TimelineScale.tickStep(300, 1320), 0.0);
        assertEquals(100_000, TimelineScale.tickStep(1_000_000, 1320), 0.0);
        double at = v.x(150, 1000);
        assertEquals(150, v.position(at + 20, 1000), "20 px right of an event is still nearest to it");
        assertEquals(151, v.position(at + 80, 1000));
        assertEquals(0, scale.tickOrigin());
        assertEquals("#0", scale.tick(0));
        assertEquals(String.format("#%,d", 1_200), scale.tick(1_200));
    }

    @Test
    void aTimeAxisKeepsItsMicrosecondZoomAndTimeTicks() {
        TimelineScale scale = new TimelineScale(false, 5_000, 9_000_000, 5_000);
        TimelineViewport v = new TimelineViewport();
        v.reset(scale);
        v.zoom(1e-9, 0.5);
        assertEquals(1_000, v.span(), 1e-9);
        assertEquals(5_000, scale.tickOrigin());
        assertEquals(TimeFormat.tick(2_000_000), scale.tick(2_000_000));
    }
}
