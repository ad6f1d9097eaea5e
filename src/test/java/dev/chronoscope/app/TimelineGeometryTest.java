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
}
