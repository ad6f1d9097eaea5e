package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.engine.IngestProgress;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The app's own start: the window shows at once, named after the log that is still opening, with
 * its progress; the views arrive over the next pulses and the log shows once both are ready,
 * whichever is ready first.
 */
@ExtendWith(ApplicationExtension.class)
class LaunchTest extends GuiTestSupport {
    private Stage stage;

    @AfterEach
    void close() {
        if (stage == null) return;
        FxWait.call(() -> {
            view.dispose();
            stage.close();
            return null;
        });
    }

    private void launch(PendingOpen first) {
        view = FxWait.call(() -> {
            stage = new Stage();
            return MainView.launch(stage, new FakeOpener(), freshPrefs("dev/chronoscope/test"), first);
        });
    }

    @Test
    void theWindowNamesTheOpeningLogAndShowsItsProgressBeforeTheOpenEnds(FxRobot robot) throws InterruptedException {
        this.robot = robot;
        CountDownLatch release = new CountDownLatch(1);
        PendingOpen first = PendingOpen.start((log, listener, cancel) -> {
            listener.progress(new IngestProgress("ingesting", 400, 1000, 1234, 5000));
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new FakeOpener().open(log, listener, cancel);
        }, Path.of("kernel.jsonl"));
        launch(first);
        assertEquals("Chronoscope — kernel.jsonl", title());
        assertTrue(FxWait.call(stage::isShowing));
        assertTrue(FxWait.until(view::built, 20_000), "the views are built while the log still opens");
        assertTrue(FxWait.call(() -> robot.lookup("#openProgress").query().isVisible()));
        assertTrue(FxWait.until(() -> ((ProgressBar) robot.lookup("#openProgress .progress-bar").query()).getProgress() == 0.4, 5_000), "the progress before the window existed shows");
        assertFalse(FxWait.call(() -> robot.lookup("#startPage").query().isVisible()));
        assertTrue(FxWait.call(view::opening));

        release.countDown();
        settle();
        assertEquals("Chronoscope — kernel.jsonl", title());
        assertEquals("offset 0 / 300", text("#statusOffset"));
        assertEquals("1", stateValue("counters/cpu0"));
    }

    @Test
    void aLogOpenedBeforeTheViewsAreBuiltWaitsForThem(FxRobot robot) {
        this.robot = robot;
        PendingOpen first = PendingOpen.start(new FakeOpener(), Path.of("kernel.jsonl"));
        assertTrue(waitUntil(first::ended), "the fake open ends at once");
        launch(first);
        assertFalse(FxWait.call(view::built), "the views are built over the next pulses, not in launch");
        settle();
        assertTrue(FxWait.call(view::built));
        assertEquals("Chronoscope — kernel.jsonl", title());
        assertEquals("offset 0 / 300", text("#statusOffset"));
        assertEquals("running", stateValue("tasks/t0"));
        assertEquals(300L, (long) FxWait.call(() -> view.events().rowCount()),
                "the events table saw the log open");
    }

    @Test
    void theFirstLogsIngestWaitsUntilTheWindowShows(FxRobot robot) throws InterruptedException {
        this.robot = robot;
        CountDownLatch ingesting = new CountDownLatch(1);
        PendingOpen first = PendingOpen.startHoldingIngest((log, listener, cancel) -> {
            listener.progress(new IngestProgress("ingesting", 0, 1000, 0, 0));
            ingesting.countDown();
            return new FakeOpener().open(log, listener, cancel);
        }, Path.of("kernel.jsonl"));
        assertFalse(ingesting.await(300, TimeUnit.MILLISECONDS), "the ingest waits for the window");
        launch(first);
        assertTrue(ingesting.await(PendingOpen.MAX_HOLD_MILLIS, TimeUnit.MILLISECONDS), "the window released it");
        settle();
        assertEquals("offset 0 / 300", text("#statusOffset"));
    }

    @Test
    void aFailedFirstOpenLeavesTheStartPage(FxRobot robot) {
        this.robot = robot;
        launch(PendingOpen.start(new FakeOpener(), Path.of("bad.jsonl")));
        settle();
        assertTrue(FxWait.until(view::built, 20_000));
        assertEquals("Chronoscope", title());
        assertTrue(FxWait.call(() -> robot.lookup("#startPage").query().isVisible()));
        assertTrue(FxWait.call(view::lastFailure).contains("expected a JSON object"));
        FxWait.call(() -> {
            javafx.stage.Window.getWindows().stream().filter(w -> w != stage && w.getScene() != null
                    && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane).toList()
                    .forEach(javafx.stage.Window::hide);
            return null;
        });
    }

    @Test
    void withoutALogTheStartPageShows(FxRobot robot) {
        this.robot = robot;
        launch(null);
        assertEquals("Chronoscope", title());
        assertTrue(FxWait.until(view::built, 20_000));
        assertTrue(FxWait.call(() -> robot.lookup("#startPage").query().isVisible()));
        assertEquals("No log open", FxWait.call(() -> ((Label) robot.lookup("#statusOffset").query()).getText()));
    }

    private static boolean waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) return true;
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
