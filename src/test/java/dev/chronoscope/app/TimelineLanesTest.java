package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A log with more lanes than the timeline shows ({@code lanes.jsonl}: event i on lane i % 60): the
 * lanes scroll by their scrollbar and the wheel, and follow the cursor's event to its lane.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineLanesTest extends GuiTestSupport {
    private static final int LAST_LANE = 59;

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private TimelineView timeline() {
        return view.timeline();
    }

    private double lanesScroll() {
        return FxWait.call(() -> timeline().lanesScroll());
    }

    private boolean showsLane(int lane) {
        return FxWait.call(() -> timeline().showsLane(lane));
    }

    @Test
    void movingTheCursorToAnEventOnAFarLaneScrollsThatLaneIntoView(FxRobot robot) {
        this.robot = robot;
        open("lanes.jsonl");
        assertTrue(FxWait.call(() -> timeline().lanesBar().isVisible()), "60 lanes overflow: the scrollbar shows");
        assertEquals(0, lanesScroll());
        assertFalse(showsLane(LAST_LANE));

        robot.type(KeyCode.END);
        settle();
        assertEquals(299, cursorOffset(), "the last event, on the last lane");
        assertTrue(showsLane(LAST_LANE), "the timeline scrolled to the cursor's lane, now at " + lanesScroll());
        double atEnd = lanesScroll();
        assertEquals(atEnd, FxWait.call(() -> timeline().lanesBar().getValue()), "the bar follows");

        robot.type(KeyCode.LEFT);
        settle();
        assertEquals(298, cursorOffset());
        assertEquals(atEnd, lanesScroll(), "the lane of the next event is in view: the lanes stay put");

        long far = -1;
        for (long k = 297; k >= 200 && far < 0; k--) {
            long row = k;
            boolean inTable = FxWait.call(() -> view.events().screenPointOf(row)) != null;
            if (inTable && !showsLane((int) (k % 60))) far = k;
        }
        assertTrue(far >= 0, "the table shows an event on a lane the timeline does not");
        long target = far;
        robot.clickOn(FxWait.call(() -> view.events().screenPointOf(target)));
        settle();
        assertEquals(far, cursorOffset());
        assertTrue(showsLane((int) (far % 60)), "scrolled up to lane " + far % 60 + ", now at " + lanesScroll());
        assertTrue(lanesScroll() < atEnd);

        robot.type(KeyCode.HOME);
        settle();
        assertEquals(0, lanesScroll(), "back to the first lane");

        robot.type(KeyCode.END);
        settle();
        assertTrue(lanesScroll() > 0);
        open("lanesAgain.jsonl");
        assertEquals(0, lanesScroll(), "a new log shows its first lanes");
        assertTrue(showsLane(0));
    }

    private int densityColumns(int lane) {
        return FxWait.call(() -> timeline().dataInView().lanes()[lane].counts().length);
    }

    private long densityCount(int lane) {
        return FxWait.call(() -> java.util.Arrays.stream(timeline().dataInView().lanes()[lane].counts()).sum());
    }

    /**
     * Only the lanes in view and near it are read from the store: with tens of thousands of lanes,
     * a density for each at every zoom and pan ran the window out of memory. A lane scrolled into
     * view is read then.
     */
    @Test
    void onlyTheLanesInViewAndNearItAreLoaded(FxRobot robot) {
        this.robot = robot;
        open("lanes.jsonl");
        assertTrue(densityColumns(0) > 0, "the first lane shows: its density is loaded");
        assertTrue(densityCount(0) > 0);
        assertEquals(0, densityColumns(LAST_LANE), "the last lane is far below the view: not loaded");

        FxWait.call(() -> {
            timeline().lanesBar().setValue(timeline().lanesBar().getMax());
            return null;
        });
        settle();
        assertTrue(showsLane(LAST_LANE));
        assertEquals(5, densityCount(LAST_LANE), "scrolled into view, the last lane's five events are loaded");
        assertEquals(0, densityColumns(0), "and the first lane, now far above, is not");
    }

    @Test
    void theScrollbarAndTheWheelOverTheLaneNamesScrollTheLanes(FxRobot robot) {
        this.robot = robot;
        open("lanes.jsonl");
        Node thumb = robot.lookup("#timelineLanes .thumb").query();
        Bounds b = FxWait.call(() -> thumb.localToScreen(thumb.getBoundsInLocal()));
        Point2D middle = new Point2D(b.getCenterX(), b.getCenterY());
        robot.drag(middle, MouseButton.PRIMARY).moveBy(0, 20).moveBy(0, 40).release(MouseButton.PRIMARY);
        settle();
        double dragged = lanesScroll();
        assertTrue(dragged > 0, "dragging the thumb down scrolled the lanes");
        assertEquals(0, cursorOffset(), "scrolling leaves the cursor where it was");
        assertFalse(showsLane(0));

        // The wheel turned up by one notch over the lane names, as desktop platforms report it.
        Canvas canvas = robot.lookup("#timeline").lookup((Node n) -> n instanceof Canvas).queryAs(Canvas.class);
        FxWait.call(() -> {
            canvas.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, 40, TimelineLayout.LANES_TOP + 30, 0, 0,
                    false, false, false, false, false, false, 0, 40, 0, 40,
                    ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            return null;
        });
        settle();
        assertEquals(Math.max(0, dragged - 40), lanesScroll(), "one notch up over the names scrolls 40 px up");
        assertEquals(lanesScroll(), FxWait.call(() -> timeline().lanesBar().getValue()), "the bar follows the wheel");
    }
}
