package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The timeline's arithmetic: lanes collapse, move and scroll into view, the scroll stays within the
 * rows, the viewport zooms around its anchor and stays in the log.
 */
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

    /** A canvas that shows ten full rows below the axis. */
    private static TimelineLayout tenRowsOf(int lanes) {
        TimelineLayout layout = new TimelineLayout();
        layout.reset(lanes);
        layout.canvasHeight(TimelineLayout.LANES_TOP + 10 * TimelineLayout.LANE_HEIGHT);
        return layout;
    }

    private static boolean fullyShown(TimelineLayout layout, int lane) {
        double top = layout.top(lane);
        return top >= TimelineLayout.LANES_TOP
                && top + layout.height(lane) <= TimelineLayout.LANES_TOP + layout.visibleHeight();
    }

    @Test
    void revealingALaneScrollsTheLeastAndNotAtAllWhenItsRowIsInView() {
        double row = TimelineLayout.LANE_HEIGHT;
        TimelineLayout layout = tenRowsOf(100);
        assertFalse(layout.reveal(9), "the tenth row is in full view");
        assertEquals(0, layout.scroll());

        assertTrue(layout.reveal(10));
        assertEquals(row, layout.scroll(), "one row down: the eleventh row's bottom at the canvas's bottom");
        assertTrue(fullyShown(layout, 10));
        assertFalse(layout.reveal(3), "a row in view does not move the lanes");
        assertEquals(row, layout.scroll());

        assertTrue(layout.reveal(0), "the first row, scrolled off above, comes back");
        assertEquals(0, layout.scroll());

        assertTrue(layout.reveal(99));
        assertEquals(100 * row - 10 * row, layout.scroll());
        assertEquals(layout.maxScroll(), layout.scroll());
        assertTrue(fullyShown(layout, 99));

        assertTrue(layout.reveal(50), "a row above the view shows at the top");
        assertEquals(50 * row, layout.scroll());
        assertEquals(TimelineLayout.LANES_TOP, layout.top(50));

        layout.scrollTo(50 * row + 5);
        assertTrue(layout.reveal(50), "a row cut off at the top is not fully shown");
        assertEquals(50 * row, layout.scroll());

        layout.move(99, 0);
        assertTrue(layout.reveal(99), "revealing follows the order the user arranged");
        assertEquals(0, layout.scroll());
        assertFalse(layout.reveal(100), "a lane the log does not have scrolls nothing");
        assertFalse(layout.reveal(-1), "nor does the cursor before the first event");
    }

    @Test
    void revealingBeforeTheCanvasHasAHeightShowsTheLaneAtTheTopOnceItHasOne() {
        TimelineLayout layout = new TimelineLayout();
        layout.reset(100);
        assertTrue(layout.reveal(40));
        layout.canvasHeight(TimelineLayout.LANES_TOP + 10 * TimelineLayout.LANE_HEIGHT);
        assertEquals(TimelineLayout.LANES_TOP, layout.top(40));
    }

    @Test
    void theScrollStaysWithinTheRowsWhateverCollapsesOrResizes() {
        double row = TimelineLayout.LANE_HEIGHT;
        TimelineLayout layout = tenRowsOf(20);
        assertTrue(layout.overflows());
        assertEquals(20 * row, layout.lanesHeight());
        layout.scrollBy(1e6);
        assertEquals(10 * row, layout.scroll(), "the last row's bottom stops at the canvas's bottom");
        layout.scrollBy(-1e6);
        assertEquals(0, layout.scroll());
        layout.scrollTo(10.6);
        assertEquals(11, layout.scroll(), "whole pixels");

        layout.scrollTo(layout.maxScroll());
        for (int lane = 0; lane < 10; lane++) layout.toggle(lane);
        double collapsedHeight = 10 * TimelineLayout.COLLAPSED_HEIGHT + 10 * row;
        assertEquals(collapsedHeight, layout.lanesHeight());
        assertEquals(collapsedHeight - 10 * row, layout.scroll(), "collapsing lanes pulls the scroll back");
        assertTrue(fullyShown(layout, 19));

        layout.canvasHeight(TimelineLayout.LANES_TOP + 12 * row);
        assertEquals(collapsedHeight - 12 * row, layout.scroll(), "a taller canvas pulls the scroll back");
        layout.canvasHeight(1000);
        assertEquals(0, layout.scroll());
        assertFalse(layout.overflows(), "every row fits: no scrollbar");

        layout.canvasHeight(TimelineLayout.LANES_TOP + 10 * row);
        for (int lane = 0; lane < 10; lane++) layout.toggle(lane);
        layout.scrollTo(layout.maxScroll());
        layout.reset(20);
        assertEquals(0, layout.scroll(), "a new log starts at the first lane");
        assertFalse(layout.collapsed(0));
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

    /**
     * Nanoseconds since the epoch are 256 apart as doubles: zoomed in to a microsecond, events 100 ns
     * apart still sit 100 ns apart on screen, and a pixel maps back to its nanosecond.
     */
    @Test
    void epochNanosecondsKeepTheirNanosecondsWhenZoomedIn() {
        long epoch = 1_763_650_000_000_000_432L;
        TimelineViewport v = new TimelineViewport();
        v.reset(new TimelineScale(false, epoch, epoch + 1_000_000_000L, epoch));
        v.zoom(1e-9, 0.5);
        v.centre(epoch + 500_000_100L);
        assertEquals(1_000, v.span(), 1e-6, "the closest zoom is a microsecond");
        assertEquals(epoch + 500_000_100L - 500, v.from());
        double x = v.x(epoch + 500_000_100L, 1000);
        assertEquals(500, x, 1e-6, "the centre is drawn in the middle");
        assertEquals(100, v.x(epoch + 500_000_200L, 1000) - x, 1e-6, "100 ns are a tenth of the width");
        assertEquals(epoch + 500_000_337L, v.position(737, 1000));
    }

    /** The overview shows the whole log as the widest view does: there an event sits at the same x in both. */
    @Test
    void theOverviewMatchesTheWidestView() {
        TimelineViewport v = new TimelineViewport();
        v.reset(4_200_000_000L, 4_275_000_000L);
        for (long p : new long[] {4_200_000_000L, 4_230_000_000L, 4_275_000_000L}) {
            assertEquals(v.x(p, 1000), v.overviewX(p, 1000), 1e-9);
        }
        assertEquals(0, v.overviewFromX(1000), 1e-9);
        assertEquals(1000, v.overviewToX(1000), 1e-9);
        v.zoom(0.1, 0.5);
        assertEquals(4_237_500_000L, v.overviewPosition(500, 1000));
        assertEquals(500, (v.overviewFromX(1000) + v.overviewToX(1000)) / 2, 1e-6, "the box sits around the window");
    }

    /** A log narrower than the closest zoom (one event, all at one time) is not widened by zooming in. */
    @Test
    void zoomingInOnALogNarrowerThanAMicrosecondKeepsItsWidth() {
        TimelineViewport v = new TimelineViewport();
        v.reset(new TimelineScale(false, 42, 43, 42));
        double whole = v.span();
        v.zoom(0.5, 0.5);
        assertEquals(whole, v.span(), 1e-9);
        TimelineViewport offsets = new TimelineViewport();
        offsets.reset(new TimelineScale(true, 0, 4, Long.MIN_VALUE));
        double five = offsets.span();
        offsets.zoom(0.8, 0.5);
        assertEquals(five, offsets.span(), 1e-9, "five events are shown as wide as the closest zoom, which zooming in keeps");
    }

    /** Positions from Long.MIN_VALUE to Long.MAX_VALUE (bogus times at both ends) map in order, end to end. */
    @Test
    void theWholeLongRangeMapsInOrder() {
        TimelineViewport v = new TimelineViewport();
        v.reset(Long.MIN_VALUE + 1, Long.MAX_VALUE);
        double first = v.x(Long.MIN_VALUE + 1, 1000);
        double zero = v.x(0, 1000);
        double last = v.x(Long.MAX_VALUE, 1000);
        assertTrue(first > 0 && first < zero && zero < last && last < 1000, first + " " + zero + " " + last);
        assertEquals(500, zero, 1e-6);
        assertEquals(0, v.position(zero, 1000), 1e4);
        assertEquals(v.x(Long.MAX_VALUE, 1000), v.overviewX(Long.MAX_VALUE, 1000), 1e-9);
        assertTrue(v.from() < Long.MIN_VALUE / 2 && v.to() == Long.MAX_VALUE);
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
