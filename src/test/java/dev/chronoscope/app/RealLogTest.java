package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.engine.Chronoscope;
import dev.chronoscope.engine.OpenRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
 * The window on the real engine: the bundled kernel sample ingested into a private cache, then
 * travelled through as a user does.
 */
@ExtendWith(ApplicationExtension.class)
class RealLogTest extends GuiTestSupport {
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
                freshPrefs("dev/chronoscope/test"));
        stage.show();
    }

    private static long lines() throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(l -> !l.isBlank()).count();
        }
    }

    @Test
    void travelsThroughAKernelLog(FxRobot robot) throws IOException {
        this.robot = robot;
        open(log.toString());
        assertEquals("Chronoscope — angzarr-kernel.jsonl", title());
        assertEquals("offset 0 / " + String.format("%,d", lines()), text("#statusOffset"));
        assertTrue(text("#inspectorEnvelope").startsWith("#0 "));

        robot.type(KeyCode.END);
        settle();
        assertEquals("offset " + String.format("%,d / %,d", lines() - 1, lines()), text("#statusOffset"));
        assertTrue(FxWait.call(() -> view.model().cursor.get().leafCount()) > 0, "the state at the end is not empty");

        robot.type(KeyCode.HOME);
        robot.clickOn("#filterField").write("type = LockContended").type(KeyCode.ENTER);
        settle();
        long expected;
        try (Stream<String> lines = Files.lines(log)) {
            expected = lines.filter(l -> l.startsWith("{\"LockContended\"")).count();
        }
        assertTrue(expected > 0);
        assertEquals(expected, (long) FxWait.call(() -> view.events().rowCount()));
        robot.type(KeyCode.F3);
        settle();
        assertEquals("LockContended", FxWait.call(() -> view.model().selected.get().type()));
    }

    @Test
    void badRecordsOfARealLogAreListedAndAnUnknownFormatIsExplained(FxRobot robot) throws IOException {
        this.robot = robot;
        List<String> lines;
        try (Stream<String> sample = Files.lines(log)) {
            lines = new ArrayList<>(sample.limit(40).toList());
        }
        lines.add(5, "{\"ProcessCreated\": {\"id\": 99, \"ts\": ");
        Path damaged = Files.write(dir.resolve("damaged.jsonl"), lines);
        open(damaged.toString());
        assertEquals("Chronoscope — damaged.jsonl", title());
        var list = robot.lookup("#badRecords").queryAs(javafx.scene.control.ListView.class);
        assertEquals(1, (int) FxWait.call(() -> list.getItems().size()));
        assertTrue(FxWait.call(() -> list.getItems().get(0).toString()).startsWith("damaged.jsonl: line 6: "),
                FxWait.call(() -> list.getItems().get(0).toString()));
        assertEquals("Bad records: 1", text("#badRecordsTitle"));

        Path notALog = Files.writeString(dir.resolve("notes.txt"), "hello world\nthis is not a log\n");
        open(notALog.toString());
        assertEquals("Chronoscope — damaged.jsonl", title());
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
