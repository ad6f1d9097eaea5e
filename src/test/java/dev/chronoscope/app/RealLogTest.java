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
        view = new MainView(stage, new PrivateCache(dir.resolve("cache"), false), freshPrefs("dev/chronoscope/test"));
        stage.show();
    }

    /** The engine on the test's own cache folder; rebuilding ingests again as the product's does. */
    private record PrivateCache(Path cache, boolean rebuild) implements SessionOpener {
        @Override
        public dev.chronoscope.engine.LogSession open(Path path, dev.chronoscope.engine.IngestListener listener,
                                                     dev.chronoscope.engine.CancelToken cancel)
                throws dev.chronoscope.engine.LogOpenException {
            return Chronoscope.open(new OpenRequest(path, null, null, null, cache, rebuild), listener, cancel);
        }

        @Override
        public SessionOpener rebuilding() {
            return new PrivateCache(cache, true);
        }
    }

    /**
     * Bytes of the cache file overwritten while the log is open, as a failing disk or another
     * program might: the next read that reaches them fails, and the window ingests the log again.
     */
    @Test
    void aCacheDamagedWhileTheLogIsOpenIsIngestedAgain(FxRobot robot) throws IOException {
        this.robot = robot;
        Path copy = Files.copy(log, dir.resolve("kernel-copy.jsonl"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        java.util.Set<Path> before;
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            before = files.collect(java.util.stream.Collectors.toSet());
        } catch (java.nio.file.NoSuchFileException e) {
            before = java.util.Set.of();
        }
        open(copy.toString());
        Path cacheFile;
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            java.util.Set<Path> known = before;
            cacheFile = files.filter(f -> f.toString().endsWith(".mapdb") && !known.contains(f)).findFirst().orElseThrow();
        }
        long size = Files.size(cacheFile);
        java.util.Random noise = new java.util.Random(11);
        try (java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(cacheFile, java.nio.file.StandardOpenOption.WRITE)) {
            byte[] junk = new byte[(int) (size * 2 / 5)];
            noise.nextBytes(junk);
            c.write(java.nio.ByteBuffer.wrap(junk), size / 2);
        }
        FxWait.call(() -> {
            view.model().status.set("the cache was just damaged");
            return null;
        });
        long count = lines();
        // where the damage lies depends on the file's layout: seek across the log until a read meets it
        for (int part = 20; part >= 0 && !text("#statusMessage").startsWith("Opened"); part--) {
            long at = count * part / 20 - (part == 20 ? 1 : 0);
            FxWait.call(() -> {
                view.controller().moveTo(at);
                return null;
            });
            settle();
        }
        assertTrue(text("#statusMessage").startsWith("Opened (ingested)"), "ingested again: " + text("#statusMessage"));
        robot.type(KeyCode.END);
        settle();
        assertEquals("offset " + String.format("%,d / %,d", lines() - 1, lines()), text("#statusOffset"));
        assertTrue(FxWait.call(() -> view.model().cursor.get().leafCount()) > 0, "the state at the end is not empty");
    }

    private static long lines() throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(l -> !l.isBlank()).count();
        }
    }

    /** A log without events is no error: the causality panel once read the lane of offset 0. */
    @Test
    void aLogWithoutEventsOpensQuietly(FxRobot robot) throws IOException {
        this.robot = robot;
        Path empty = Files.writeString(dir.resolve("nothing.jsonl"), "");
        open(empty.toString());
        settle();
        assertEquals("no events", text("#statusOffset"));
        assertEquals("time —", text("#statusTime"));
        assertTrue(text("#statusMessage").startsWith("Opened"), text("#statusMessage"));
    }

    /**
     * A log without times is drawn in log order: every event on its lane at its offset, the axis in
     * event numbers; a click on an event's tick moves the cursor there, and stepping moves the line.
     */
    @Test
    void aLogWithoutTimesIsDrawnInLogOrder(FxRobot robot) throws IOException {
        this.robot = robot;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) lines.add("{\"type\":\"t" + (i % 3) + "\",\"lane\":\"w" + (i % 4) + "\",\"n\":" + i + "}");
        Path timeless = Files.write(dir.resolve("timeless.jsonl"), lines);
        open(timeless.toString());
        assertTrue(FxWait.until(() -> view.timeline().dataInView() != null, 5_000), "the timeline loaded");
        TimelineData data = FxWait.call(() -> view.timeline().dataInView());
        assertEquals(300, data.events().size());
        assertEquals(123, data.events().positions()[123]);
        assertEquals(300, java.util.Arrays.stream(data.overview().counts()).sum());
        assertTrue(text("#statusLog").contains("timeline by event order"), text("#statusLog"));

        int lane = FxWait.call(() -> view.model().log.get().lanes().indexOf("w3"));
        robot.clickOn(FxWait.call(() -> view.timeline().pointOf(123, lane)));
        settle();
        assertEquals(123, cursorOffset());
        assertEquals(123, (long) FxWait.call(() -> view.model().cursor.get().position()));
        robot.type(KeyCode.RIGHT);
        settle();
        assertEquals(124, (long) FxWait.call(() -> view.model().cursor.get().position()), "the cursor line follows");
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
