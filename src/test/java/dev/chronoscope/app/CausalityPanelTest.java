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
