package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.engine.Chronoscope;
import dev.chronoscope.engine.OpenRequest;
import dev.chronoscope.generate.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window on the real engine: a kernel log written by the same generator as the bundled sample,
 * ingested into a private cache, then travelled through as a user does.
 */
@ExtendWith(ApplicationExtension.class)
class RealLogTest extends GuiTestSupport {
    @TempDir
    static Path dir;
    static Path log;

    @BeforeAll
    static void writeLog() throws IOException {
        log = Scenarios.byName("angzarr-kernel").orElseThrow().write(dir.resolve("angzarr-kernel.jsonl"), 2_000, 42);
    }

    @Start
    void start(Stage stage) {
        Path cache = dir.resolve("cache");
        view = new MainView(stage, (path, listener, cancel) -> Chronoscope.open(
                new OpenRequest(path, null, null, null, cache, false), listener, cancel),
                new AppPrefs(Preferences.userRoot().node("dev/chronoscope/test")));
        stage.show();
    }

    @Test
    void travelsThroughAKernelLog(FxRobot robot) throws IOException {
        this.robot = robot;
        open(log.toString());
        assertEquals("Chronoscope — angzarr-kernel.jsonl", title());
        assertEquals("offset 0 / 2,000", text("#statusOffset"));
        assertTrue(text("#inspectorEnvelope").startsWith("#0 "));

        robot.type(KeyCode.END);
        settle();
        assertEquals("offset 1,999 / 2,000", text("#statusOffset"));
        assertTrue(FxWait.call(() -> view.model().cursor.get().leafCount()) > 0, "the state at the end is not empty");

        robot.type(KeyCode.HOME);
        robot.clickOn("#filterField").write("type = LockContended").type(KeyCode.ENTER);
        settle();
        long expected;
        try (Stream<String> lines = Files.lines(log)) {
            expected = lines.filter(l -> l.startsWith("{\"LockContended\"")).count();
        }
        assertTrue(expected > 0);
        assertEquals(expected, (long) FxWait.call(() -> ((TableView<?>) robot.lookup("#eventsTable").query()).getItems().size()));
        robot.type(KeyCode.F3);
        settle();
        assertEquals("LockContended", FxWait.call(() -> view.model().selected.get().type()));
    }

    @Test
    void badRecordsOfARealLogAreListedAndAnUnknownFormatIsExplained(FxRobot robot) throws IOException {
        this.robot = robot;
        Path partial = Path.of(System.getProperty("chronoscope.realdata", "../shared/realdata"),
                "chrome-trace", "partial-trailing-comma.json");
        open(partial.toString());
        var list = robot.lookup("#badRecords").queryAs(javafx.scene.control.ListView.class);
        assertTrue(FxWait.call(() -> list.getItems().size()) > 0);
        assertTrue(FxWait.call(() -> list.getItems().get(0).toString()).startsWith("partial-trailing-comma.json: line 3: "));
        assertTrue(text("#badRecordsTitle").startsWith("Bad records: "));

        Path notALog = Files.writeString(dir.resolve("notes.txt"), "hello world\nthis is not a log\n");
        open(notALog.toString());
        assertEquals("Chronoscope — partial-trailing-comma.json", title());
        assertTrue(FxWait.call(view::lastFailure).contains("not a known log format"), FxWait.call(view::lastFailure));
        FxWait.call(() -> {
            javafx.stage.Window.getWindows().stream().filter(w -> w != view.stage()).toList().forEach(javafx.stage.Window::hide);
            return null;
        });
    }

    @Test
    void historyOfAChangedValueContainsTheCursor(FxRobot robot) {
        this.robot = robot;
        open(log.toString());
        robot.type(KeyCode.RIGHT, 10);
        settle();
        long at = cursorOffset();
        String path = FxWait.call(() -> view.model().cursor.get().changes().get(0).path());
        javafx.scene.Node row = robot.lookup(".tree-table-row-cell").match(n -> {
            StateNode item = ((javafx.scene.control.TreeTableRow<StateNode>) n).getItem();
            return item != null && item.path().equals(path);
        }).query();
        robot.rightClickOn(row).clickOn("History of this value");
        settle();
        var list = robot.lookup("#historyList").queryAs(javafx.scene.control.ListView.class);
        assertTrue(text("#historyTitle").contains(path));
        assertTrue(FxWait.call(() -> list.getItems().stream()
                .anyMatch(c -> ((dev.chronoscope.replay.OffsetChange) c).offset() == at)));
    }
}
