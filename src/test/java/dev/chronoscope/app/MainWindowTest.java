package dev.chronoscope.app;

import javafx.scene.input.ScrollEvent;
import javafx.scene.canvas.Canvas;
import javafx.scene.text.Text;
import java.util.stream.Collectors;
import java.util.Set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window driven as a user drives it, on the in-memory fake log of {@link FakeLogSession}. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest extends GuiTestSupport {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void opensALogAndShowsTheStateAtTheFirstEvent(FxRobot robot) {
        this.robot = robot;
        open("kernel.jsonl");
        assertEquals("Chronoscope — kernel.jsonl", title());
        assertEquals("offset 0 / 300", text("#statusOffset"));
        assertEquals("1", stateValue("counters/cpu0"));
        assertEquals("running", stateValue("tasks/t0"));
        assertTrue(text("#inspectorEnvelope").startsWith("#0 "));
    }

    /** Damage inside a cache shows up on a read; the log is ingested again, once, and stays usable. */
    @Test
    void aCacheFoundDamagedWhileScrubbingIsRebuiltOnce(FxRobot robot) {
        this.robot = robot;
        open("damaged.jsonl");
        robot.type(KeyCode.END);
        settle();
        assertEquals(1, opener.rebuilds.get());
        assertTrue(text("#statusMessage").startsWith("Opened (ingested)"), text("#statusMessage"));
        robot.type(KeyCode.END);
        settle();
        assertEquals("offset 299 / 300", text("#statusOffset"));

        open("damagedForGood.jsonl");
        robot.type(KeyCode.END);
        settle();
        robot.type(KeyCode.HOME);
        settle();
        robot.type(KeyCode.END);
        settle();
        assertEquals(2, opener.rebuilds.get(), "a cache damaged again after its rebuild is not rebuilt in a loop");
        assertTrue(text("#statusMessage").contains("damaged again after it was rebuilt (checkpoint block 2 fails its checksum)"),
                text("#statusMessage"));
        assertEquals("offset 0 / 300", text("#statusOffset"), "the cursor stays where the last good seek put it");
    }

    @Test
    void draggingTheCursorScrubsTheState(FxRobot robot) {
        this.robot = robot;
        open("kernel.jsonl");
        Point2D from = FxWait.call(() -> timelinePoint(FakeLogSession.timeOf(0)));
        Point2D to = FxWait.call(() -> timelinePoint(FakeLogSession.timeOf(150) + 200_000));
        robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(40, 0)).moveTo(to).release(MouseButton.PRIMARY);
        settle();
        assertEquals(150, cursorOffset());
        assertEquals("offset 150 / 300", text("#statusOffset"));
        assertEquals("51", stateValue("counters/cpu0"));
        assertEquals("was 50", stateChange("counters/cpu0"));
        assertEquals("Start", stateValue("last/type"));
    }

    @Test
    void keysStepJumpAndReachBothEnds(FxRobot robot) {
        this.robot = robot;
        open("kernel.jsonl");
        robot.type(KeyCode.RIGHT, 3);
        settle();
        assertEquals(3, cursorOffset());
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        settle();
        assertEquals(103, cursorOffset());
        robot.type(KeyCode.LEFT);
        settle();
        assertEquals(102, cursorOffset());
        robot.type(KeyCode.END);
        settle();
        assertEquals("offset 299 / 300", text("#statusOffset"));
        robot.type(KeyCode.HOME);
        settle();
        assertEquals(0, cursorOffset());
    }

    @Test
    void filterShowsMatchesAndF3JumpsBetweenThem(FxRobot robot) {
        this.robot = robot;
        open("kernel.jsonl");
        robot.clickOn("#filterField").write("type = Warn").type(KeyCode.ENTER);
        settle();
        assertEquals(60L, (long) FxWait.call(() -> view.events().rowCount()));
        Set<String> shown = FxWait.call(() -> robot.lookup("#eventsTable").lookup((Text t) -> t.isVisible()).queryAllAs(Text.class)
                .stream().map(Text::getText).collect(Collectors.toSet()));
        assertTrue(shown.contains("Warn"), "the table shows the matches: " + shown);
        assertFalse(shown.contains("Tick") || shown.contains("Start") || shown.contains("Stop"), "and nothing else: " + shown);
        robot.type(KeyCode.F3);
        settle();
        assertEquals(4, cursorOffset());
        robot.type(KeyCode.F3);
        settle();
        assertEquals(9, cursorOffset());
        robot.press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        settle();
        assertEquals(4, cursorOffset());
        assertEquals("Warn", FxWait.call(() -> view.events().cursorRow().event().type()));
    }

    @Test
    void aBadFilterShowsItsColumnInline(FxRobot robot) {
        this.robot = robot;
        open("kernel.jsonl");
        robot.clickOn("#filterField").write("type =").type(KeyCode.ENTER);
        settle();
        assertTrue(text("#filterError").startsWith("col "), text("#filterError"));
        assertEquals(300L, (long) FxWait.call(() -> view.events().rowCount()));
    }

    @Test
    void historyOfAValueListsItsChangesAndJumps(FxRobot robot) {
        this.robot = robot;
        open("kernel.jsonl");
        Node row = robot.lookup(".tree-table-row-cell").match(n -> {
            StateNode item = ((javafx.scene.control.TreeTableRow<StateNode>) n).getItem();
            return item != null && item.path().equals("counters/cpu0");
        }).query();
        robot.rightClickOn(row).clickOn("History of this value");
        settle();
        ListView<?> list = robot.lookup("#historyList").queryAs(ListView.class);
        assertEquals(100, (int) FxWait.call(() -> list.getItems().size()));
        assertTrue(text("#historyTitle").contains("counters/cpu0"));
        // A user scrolls to the change they want; in a short window the fourth may lie below the fold.
        FxWait.call(() -> {
            list.scrollTo(3);
            return null;
        });
        javafx.scene.control.ListCell<?> cell = robot.lookup("#historyList .list-cell")
                .match(n -> ((javafx.scene.control.ListCell<?>) n).getIndex() == 3).query();
        // Enter on the chosen change jumps like a double-click, without depending on the double-click
        // interval, which a loaded machine can exceed between the robot's two clicks.
        robot.clickOn(cell);
        assertTrue(FxWait.until(() -> list.getSelectionModel().getSelectedIndex() == 3, 10_000), "the click selects the change");
        robot.type(KeyCode.ENTER);
        settle();
        assertTrue(FxWait.until(() -> view.model().cursor.get().offset() == 9, 10_000),
                () -> "jumped to the change at 9, cursor at " + cursorOffset());
        robot.clickOn("#nextChange");
        settle();
        assertEquals(12, cursorOffset());
        robot.clickOn("#previousChange");
        settle();
        assertEquals(9, cursorOffset());
    }

    @Test
    void markersAAndBShowTheDiff(FxRobot robot) {
        this.robot = robot;
        open("kernel.jsonl");
        robot.type(KeyCode.A);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        settle();
        robot.type(KeyCode.Z);
        robot.clickOn("Diff");
        settle();
        assertTrue(text("#diffTitle").startsWith("Diff A #0 → B #100"), text("#diffTitle"));
        ListView<?> diff = robot.lookup("#diffList").queryAs(ListView.class);
        assertTrue(FxWait.call(() -> diff.getItems().stream().anyMatch(c -> ((dev.chronoscope.replay.Change) c).path().equals("counters/cpu0"))));
    }

    @Test
    void theEventsTableFollowsTheCursorBeyondItsWindow(FxRobot robot) {
        this.robot = robot;
        open("big.jsonl");
        assertEquals(10_000L, (long) FxWait.call(() -> view.events().rowCount()));
        robot.type(KeyCode.END);
        settle();
        assertEquals(9_999L, (long) FxWait.call(() -> view.events().cursorRow().offset()));
        robot.type(KeyCode.HOME);
        settle();
        assertEquals(0L, (long) FxWait.call(() -> view.events().cursorRow().offset()));
        robot.clickOn(FxWait.call(() -> view.events().screenPointOf(5)));
        settle();
        assertEquals(5, cursorOffset());
        assertEquals(5L, (long) FxWait.call(() -> view.events().cursorRow().offset()));
    }

    @Test
    void theEventsTableScrollsResizesAndStepsAsATableDoes(FxRobot robot) {
        this.robot = robot;
        open("big.jsonl");
        robot.type(KeyCode.HOME);
        settle();
        assertEquals(0L, (long) FxWait.call(() -> view.events().offsetsInView().get(0)));

        // A wheel turned down by three notches, as desktop platforms report it (negative deltaY);
        // the robot's scroll under Monocle reports +1 per notch whatever the direction.
        Canvas canvas = robot.lookup("#eventsTable").lookup((Node n) -> n instanceof Canvas).queryAs(Canvas.class);
        FxWait.call(() -> {
            canvas.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, 40, 60, 0, 0, false, false, false, false, false, false,
                    0, -120, 0, -120, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            return null;
        });
        settle();
        long firstShown = FxWait.call(() -> view.events().offsetsInView().get(0));
        assertTrue(firstShown > 0, "the wheel scrolled the rows, now from " + firstShown);
        assertEquals(0, cursorOffset(), "scrolling leaves the cursor where it was");

        double before = FxWait.call(() -> view.events().columnWidth("Type"));
        robot.drag(FxWait.call(() -> view.events().headerEdgeOf("Type")), MouseButton.PRIMARY).moveBy(60, 0).release(MouseButton.PRIMARY);
        settle();
        assertEquals(before + 60, FxWait.call(() -> view.events().columnWidth("Type")), 2, "dragging the header edge widened Type");

        robot.clickOn(FxWait.call(() -> view.events().screenPointOf(firstShown + 2)));
        settle();
        assertEquals(firstShown + 2, cursorOffset());
        robot.type(KeyCode.DOWN);
        settle();
        assertEquals(firstShown + 3, cursorOffset(), "Down goes to the next row");
        robot.type(KeyCode.UP).type(KeyCode.UP);
        settle();
        assertEquals(firstShown + 1, cursorOffset());
    }

    @Test
    void droppingAFileOpensIt(FxRobot robot) {
        this.robot = robot;
        open("kernel.jsonl");
        FxWait.call(() -> view.openDropped(List.of(new File("dropped.jsonl"))));
        settle();
        assertEquals("Chronoscope — dropped.jsonl", title());
    }

    /** A name the JVM's file-name charset cannot encode (a UTF-8 name under LANG=C; here a lone surrogate) is said, not thrown. */
    @Test
    void droppingAFileWhoseNameTheLocaleCannotHoldSaysWhy(FxRobot robot) {
        this.robot = robot;
        open("kernel.jsonl");
        assertTrue(FxWait.call(() -> view.openDropped(List.of(new File("bad\uD800.jsonl")))));
        settle();
        String failure = FxWait.call(view::lastFailure);
        assertNotNull(failure);
        assertTrue(failure.startsWith("bad") && failure.contains(".jsonl: this name cannot be read in the current locale")
                && failure.contains("LC_ALL=C.UTF-8"), failure);
        assertEquals("Chronoscope — kernel.jsonl", title());
        FxWait.call(() -> {
            Window.getWindows().stream().filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                    .findFirst().ifPresent(Window::hide);
            return null;
        });
    }

    @Test
    void aLogThatFailsShowsWhyAndKeepsThePreviousOne(FxRobot robot) {
        this.robot = robot;
        open("kernel.jsonl");
        open("bad.jsonl");
        DialogPane dialog = FxWait.call(() -> Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElse(null));
        assertNotNull(dialog, "an error dialog is shown");
        assertTrue(FxWait.call(dialog::getContentText).contains("line 1: expected a JSON object"));
        assertEquals("Chronoscope — kernel.jsonl", title());
        assertEquals("offset 0 / 300", text("#statusOffset"));
        FxWait.call(() -> {
            dialog.getScene().getWindow().hide();
            return null;
        });
    }

    @Test
    void badRecordsAreListedWithLineAndReason(FxRobot robot) {
        this.robot = robot;
        open("errors.jsonl");
        ListView<?> list = robot.lookup("#badRecords").queryAs(ListView.class);
        assertEquals(List.of("errors.jsonl: line 3: expected ':' after a field name", "errors.jsonl: line 7: unterminated string"),
                FxWait.call(() -> List.copyOf(list.getItems())));
        assertTrue(FxWait.call(list::isVisible));
    }

    @Test
    void cancellingAnIngestKeepsThePreviousLog(FxRobot robot) {
        this.robot = robot;
        open("kernel.jsonl");
        FxWait.call(() -> {
            view.open(java.nio.file.Path.of("slow.jsonl"));
            return null;
        });
        assertTrue(FxWait.until(() -> robot.lookup("#openProgress").query().isVisible(), 5_000));
        robot.clickOn("#cancelOpen");
        settle();
        assertFalse(FxWait.call(() -> robot.lookup("#openProgress").query().isVisible()));
        assertEquals("Chronoscope — kernel.jsonl", title());
    }

    private Point2D timelinePoint(long time) {
        TimelineView t = view.timeline();
        double plot = t.getWidth() - TimelineLayout.LABEL_WIDTH;
        double x = TimelineLayout.LABEL_WIDTH + t.viewport().x(time, plot);
        return t.localToScreen(x, TimelineLayout.LANES_TOP + 10);
    }
}
