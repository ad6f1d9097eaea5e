package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.engine.Chronoscope;
import dev.chronoscope.engine.OpenRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The causal views on the bundled kernel sample, whose caused_by links chain LockReleased #115 →
 * LockAcquired #116 (same lane) → ProcessStateChanged #117 (sched lane), and whose deadlock forms
 * at #7302 (LockContended, causing #7303 on the sched lane).
 */
@ExtendWith(ApplicationExtension.class)
class CausalityPanelTest extends GuiTestSupport {
    @TempDir
    static Path dir;
    static Path log;

    @BeforeAll
    static void findSample() {
        log = Path.of(System.getProperty("chronoscope.samples", "sample-logs"), "angzarr-kernel.jsonl");
        assertTrue(Files.isRegularFile(log), "the bundled kernel sample " + log);
    }

    @Start
    void start(Stage stage) {
        Path cache = dir.resolve("cache");
        view = new MainView(stage, (path, listener, cancel) -> Chronoscope.open(
                new OpenRequest(path, null, null, null, cache, false), listener, cancel),
                freshPrefs("dev/chronoscope/test-causality"));
        stage.show();
    }

    private void moveTo(long k) {
        FxWait.call(() -> {
            view.controller().moveTo(k);
            return null;
        });
        settle();
    }

    private void setDepth(String text) {
        Spinner<?> depth = robot.lookup("#sliceDepth").queryAs(Spinner.class);
        FxWait.call(() -> {
            depth.getEditor().setText(text);
            depth.commitValue();
            return null;
        });
        settle();
    }

    private List<Long> tableOffsets() {
        return FxWait.call(() -> view.events().offsets());
    }

    @Test
    void selectingAnEventLightsItsSliceInTheGraphTheTimelineAndTheTable(FxRobot robot) {
        this.robot = robot;
        open(log.toString());
        moveTo(117);
        setDepth("1");
        assertEquals("1 cause · 0 effects", text("#sliceLabel"));
        assertEquals(List.of(116L), FxWait.call(() -> view.causality().graph().litNodes(1)));
        assertEquals(List.of(116L), FxWait.call(() -> view.timeline().litInView(true)));

        setDepth("all");
        assertEquals("2 causes · 0 effects", text("#sliceLabel"));
        assertEquals(List.of(116L, 115L), FxWait.call(() -> view.timeline().litInView(true)));
        assertTrue(FxWait.call(() -> view.causality().graph().litNodes(1)).contains(116L));

        robot.clickOn("#sliceOnly");
        settle();
        assertEquals(List.of(115L, 116L, 117L), tableOffsets());
        setDepth("1");
        assertEquals(List.of(116L, 117L), tableOffsets());

        moveTo(116);
        assertEquals("1 cause · 1 effect", text("#sliceLabel"));
        assertEquals(List.of(117L), FxWait.call(() -> view.timeline().litInView(false)));
        assertEquals(List.of(115L, 116L, 117L), tableOffsets());
        robot.clickOn("#sliceOnly");
        settle();
        assertEquals(FxWait.call(() -> view.model().eventCount()), (long) tableOffsets().size(), "the whole log again");
    }

    @Test
    void theDeadlockIsListedAndJumpsToWhereItForms(FxRobot robot) {
        this.robot = robot;
        open(log.toString());
        MenuButton findings = robot.lookup("#findingsButton").queryAs(MenuButton.class);
        assertEquals("Findings (1)", FxWait.call(findings::getText));
        robot.clickOn(findings);
        Node item = robot.lookup(".menu-item .label").match(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().startsWith("deadlock at #7302: process 301 waits for lock L1")).query();
        robot.clickOn(item);
        settle();
        assertEquals(7302, cursorOffset());
        assertEquals("offset 7,302 / 12,000", text("#statusOffset"));
        assertEquals("0 causes · 1 effect", text("#sliceLabel"));
        assertEquals(List.of(7303L), FxWait.call(() -> view.causality().graph().litNodes(2)));
    }

    @Test
    void runsOfLocalEventsCollapseUntilTheUserUnfoldsThem(FxRobot robot) {
        this.robot = robot;
        open(log.toString());
        moveTo(7302);
        assertTrue(FxWait.call(() -> view.causality().graph().collapsedNodes()) > 0, "the kernel sample has local runs");
        robot.clickOn("#collapseRuns");
        settle();
        assertEquals(0L, (long) FxWait.call(() -> view.causality().graph().collapsedNodes()));
        assertEquals(List.of(7303L), FxWait.call(() -> view.causality().graph().litNodes(2)));
    }

    @Test
    void aFewLanesAllGetAColumnAndNothingIsSaidHidden(FxRobot robot) {
        this.robot = robot;
        open(log.toString());
        moveTo(7302);
        assertEquals(List.of(0, 1, 2, 3, 4, 5), FxWait.call(() -> view.causality().graph().shownLanes()));
        assertFalse(FxWait.call(() -> robot.lookup("#hiddenLanes").query().isVisible()));
    }

    /**
     * 400 lanes, event k on worker-(k % 400), and #2000 (worker-0) caused by #1700 (worker-100): far
     * too many lanes for columns, so the diagram keeps the cursor's lane, its cause's and those of the
     * nearest events, in the user's order, and says how many it hides.
     */
    @Test
    void withManyLanesOnlyTheLanesAroundTheCursorGetAColumn(FxRobot robot) throws Exception {
        this.robot = robot;
        Path many = dir.resolve("many-lanes.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int k = 0; k < 4000; k++) {
            lines.append(String.format("{\"type\":\"op\",\"id\":%d,\"ts\":%d,\"lane\":\"worker-%d\"%s}%n", k,
                    1_700_000_000_000_000_000L + k * 1000L, k % 400, k == 2000 ? ",\"caused_by\":1700" : ""));
        }
        Files.writeString(many, lines);
        open(many.toString());
        moveTo(2000);
        setDepth("1");
        List<Integer> shown = FxWait.call(() -> view.causality().graph().shownLanes());
        assertTrue(shown.contains(0) && shown.contains(100), "the cursor's lane and its cause's: " + shown);
        assertTrue(shown.size() <= FxWait.call(() -> CausalityView.columnsThatFit(view.causality().graph().getWidth())));
        assertEquals(shown.stream().sorted().toList(), shown, "in the timeline's order");
        assertEquals(String.format("+%,d lanes hidden", 400 - shown.size()), text("#hiddenLanes"));
        assertTrue(FxWait.call(() -> robot.lookup("#hiddenLanes").query().isVisible()));
        assertEquals(List.of(1700L), FxWait.call(() -> view.causality().graph().litNodes(1)));

        List<Integer> reversed = new java.util.ArrayList<>(FxWait.call(() -> view.model().laneOrder.get()));
        java.util.Collections.reverse(reversed);
        FxWait.call(() -> {
            view.model().laneOrder.set(List.copyOf(reversed));
            return null;
        });
        settle();
        List<Integer> moved = FxWait.call(() -> view.causality().graph().shownLanes());
        assertEquals(shown.stream().sorted(java.util.Comparator.reverseOrder()).toList(), moved,
                "the columns follow lanes the user moved on the timeline");
        int cursorColumn = moved.indexOf(0);
        String hover = FxWait.call(() -> {
            CausalityView graph = view.causality().graph();
            return graph.hoverText((cursorColumn + 0.5) * graph.getWidth() / moved.size(), 5);
        });
        assertEquals("worker-0", hover);

        robot.clickOn("#collapseRuns");
        settle();
        List<Integer> unfolded = FxWait.call(() -> view.causality().graph().shownLanes());
        // One row per event puts #1700 300 rows up, out of the window: its arrow still keeps its lane.
        assertEquals(List.of(), FxWait.call(() -> view.causality().graph().litNodes(1)));
        assertTrue(unfolded.contains(0) && unfolded.contains(100), "the cursor's lane and its cause's: " + unfolded);
    }

    /**
     * A log with one lane (as the state-channel engine writes): collapsing its runs would make the
     * whole log one box, so it shows every event and draws its links within the lane.
     */
    @Test
    void aLogWithOneLaneShowsEveryEventAndItsLinksWithinTheLane(FxRobot robot) throws Exception {
        this.robot = robot;
        Path single = dir.resolve("one-lane.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int k = 0; k < 200; k++) {
            lines.append(String.format("{\"type\":\"step\",\"id\":%d,\"ts\":%d%s}%n", k,
                    1_700_000_000_000_000_000L + k * 1000L, k == 52 ? ",\"caused_by\":51" : ""));
        }
        Files.writeString(single, lines);
        open(single.toString());
        moveTo(50);
        assertTrue(FxWait.call(() -> robot.lookup("#collapseRuns").query().isDisabled()), "nothing to collapse");
        assertFalse(FxWait.call(() -> robot.lookup("#collapseRuns").queryAs(javafx.scene.control.CheckBox.class).isSelected()),
                "shown off, as it is");
        assertEquals(0L, (long) FxWait.call(() -> view.causality().graph().collapsedNodes()));
        assertEquals(List.of("51>52"), FxWait.call(() -> view.causality().graph().drawnLinks()));
        moveTo(52);
        setDepth("1");
        assertEquals("1 cause · 0 effects", text("#sliceLabel"));
        assertEquals(List.of(51L), FxWait.call(() -> view.causality().graph().litNodes(1)));

        open(log.toString());
        moveTo(7302);
        assertFalse(FxWait.call(() -> robot.lookup("#collapseRuns").query().isDisabled()), "the kernel sample has lanes");
        assertTrue(FxWait.call(() -> robot.lookup("#collapseRuns").queryAs(javafx.scene.control.CheckBox.class).isSelected()),
                "the user's choice is back");
        assertTrue(FxWait.call(() -> view.causality().graph().collapsedNodes()) > 0, "its local runs collapse again");
    }

    @Test
    void zoomedInTheTimelineDrawsCrossLaneArrowsWhoseEndsAreClickable(FxRobot robot) {
        this.robot = robot;
        open(log.toString());
        moveTo(7302);
        assertTrue(FxWait.call(() -> view.timeline().arrowsInView()).isEmpty(), "no arrows over the whole log");
        for (int i = 0; i < 8; i++) FxWait.call(() -> {
            view.timeline().zoom(0.5);
            return null;
        });
        settle();
        TimelineArrow arrow = FxWait.call(() -> view.timeline().arrowsInView()).stream()
                .filter(a -> a.fromOffset() == 7302).findFirst().orElseThrow();
        assertEquals(7303, arrow.toOffset());
        Point2D end = FxWait.call(() -> view.timeline().pointOf(arrow.toPosition(), arrow.toLane()));
        robot.clickOn(end);
        settle();
        assertEquals(7303, cursorOffset());

        robot.clickOn("View").clickOn("Causal Arrows on Timeline");
        settle();
        assertFalse(FxWait.call(() -> view.model().timelineArrows.get()));
        assertTrue(FxWait.call(() -> view.timeline().arrowsInView()).isEmpty(), "arrows turned off");
    }
}
