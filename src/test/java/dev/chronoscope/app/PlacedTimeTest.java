package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A log where most events have a time and some do not keeps a time axis, and draws an event
 * without a time at the time of the nearest earlier event with one (ADR 0007). The table, the
 * inspector and the status bar said nothing ("", "—") while the timeline drew the event at that
 * time, so a pile of such events at the last time looked like a fault; now all of them say the time
 * the event is drawn at, marked "≈" as not its own.
 */
@ExtendWith(ApplicationExtension.class)
class PlacedTimeTest extends GuiTestSupport {
    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        startWindowOnTheEngine(stage, dir.resolve("cache"));
    }

    /** Ten events 1 µs apart, but 3, 8 and 9 have no time: 3 is drawn at 2 µs, 8 and 9 at 7 µs. */
    private static Path log() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            boolean timed = i != 3 && i < 8;
            lines.add("{\"type\":\"Tick\",\"lane\":\"w" + (i % 2) + "\",\"n\":" + i + (timed ? ",\"ts\":" + i * 1000 : "") + "}");
        }
        return Files.write(dir.resolve("partly-timed.jsonl"), lines);
    }

    private void moveTo(long k) {
        FxWait.call(() -> {
            view.controller().moveTo(k);
            return null;
        });
        settle();
    }

    private Set<String> tableTexts() {
        return FxWait.call(() -> robot.lookup("#eventsTable").lookup((Text t) -> t.isVisible()).queryAllAs(Text.class)
                .stream().map(Text::getText).collect(Collectors.toSet()));
    }

    @Test
    void anEventWithoutATimeShowsTheTimeItIsDrawnAtEverywhere(FxRobot robot) throws IOException {
        this.robot = robot;
        open(log().toString());
        assertFalse(FxWait.call(() -> view.model().log.get().scale().byOffset()), "most events have a time: a time axis");

        moveTo(3);
        assertEquals(2_000, FxWait.call(() -> view.model().cursor.get().position()), "the timeline draws #3 at 2 µs");
        assertEquals("time ≈ 2.000 µs", text("#statusTime"));
        String envelope = text("#inspectorEnvelope");
        assertTrue(envelope.startsWith("#3 · ≈ 2.000 µs, no time of its own · "), envelope);
        Set<String> table = tableTexts();
        assertTrue(table.contains("≈ 2.000 µs"), "the table says so too: " + table);
        assertTrue(table.contains("2.000 µs") && table.contains("4.000 µs"), "beside its neighbours' own times: " + table);

        moveTo(9);
        assertEquals(7_000, FxWait.call(() -> view.model().cursor.get().position()));
        assertEquals("time ≈ 7.000 µs", text("#statusTime"));
        assertTrue(tableTexts().contains("≈ 7.000 µs"));
        moveTo(7);
        assertEquals("time 7.000 µs", text("#statusTime"), "an event's own time has no mark");
    }
}
