package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.engine.CancelToken;
import dev.chronoscope.engine.Chronoscope;
import dev.chronoscope.engine.IngestListener;
import dev.chronoscope.engine.LogOpenException;
import dev.chronoscope.engine.LogSession;
import dev.chronoscope.engine.OpenRequest;
import dev.chronoscope.store.DensityPyramid.Density;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logs at the ends of the time range and logs with no time span, on the real engine: events at
 * Long.MAX_VALUE ns are loaded and drawn (the window [from, to) cannot reach past them), a log whose
 * events all share one time gets an axis as wide as the closest zoom with them in its middle, and
 * the cursor finds them by position.
 */
class ExtremeTimesTimelineTest {
    private static final int WIDTH = 1_000;
    private static final int EVENTS = 12;

    @TempDir
    Path dir;

    private OpenLog open(String name, IntToLongFunction time) throws IOException, LogOpenException {
        return open(name, EVENTS, time);
    }

    private OpenLog open(String name, int count, IntToLongFunction time) throws IOException, LogOpenException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add("{\"type\":\"Tick\",\"lane\":\"w" + (i % 3) + "\",\"n\":" + i + ",\"ts\":" + time.applyAsLong(i) + "}");
        }
        Path log = Files.write(dir.resolve(name), lines);
        LogSession session = Chronoscope.open(new OpenRequest(log, null, null, null, dir.resolve("cache"), false),
                new IngestListener() {}, new CancelToken());
        return OpenLog.capture(log, session);
    }

    private static TimelineViewport widest(OpenLog log) {
        TimelineViewport viewport = new TimelineViewport();
        viewport.reset(log.scale());
        return viewport;
    }

    private static TimelineData load(OpenLog log, TimelineViewport viewport) {
        return TimelineLoader.load(new TimelineLoader.Query(log, viewport.from(), viewport.to(), WIDTH, null, null, false, null));
    }

    @Test
    void aLogEndingAtLongMaxDrawsItsLastEvent() throws Exception {
        OpenLog log = open("ends-at-max.jsonl", i -> Long.MAX_VALUE - (EVENTS - 1 - i) * 1_000L);
        try {
            TimelineViewport viewport = widest(log);
            TimelineData d = load(log, viewport);
            assertNotNull(d.events());
            assertEquals(EVENTS, d.events().size(), "the event at Long.MAX_VALUE ns is in the window");
            double x = viewport.x(Long.MAX_VALUE, WIDTH);
            assertTrue(x > 0.9 * WIDTH && x < WIDTH, "and drawn near the right end, inside the plot: " + x);
            assertEquals(EVENTS, sum(d.overview()));
            assertEquals(EVENTS - 1, CursorWorker.lastAtOrBefore(log.session().axis(), EVENTS, Long.MAX_VALUE),
                    "the cursor dragged to the end goes to the last event");
            assertEquals(EVENTS - 2, CursorWorker.lastAtOrBefore(log.session().axis(), EVENTS, Long.MAX_VALUE - 1));
        } finally {
            log.session().close();
        }
    }

    /**
     * Too many events to draw singly in a window that reaches past Long.MAX_VALUE ns: each lane's density
     * ends in the column where its last event is drawn, as the overview's does, and not stretched onto
     * the right edge.
     */
    @Test
    void aDenseWindowPastLongMaxDrawsItsDensityWhereItsEventsAre() throws Exception {
        int count = 3_000;
        OpenLog log = open("dense-at-max.jsonl", count, i -> Long.MAX_VALUE - (count - 1 - i) * 1_000L);
        try {
            TimelineViewport viewport = widest(log);
            assertDensityWhereEventsAre(log, viewport, count);
            viewport.zoom(0.75, 1.0);
            assertEquals(Long.MAX_VALUE, viewport.to(), "zoomed onto the end, the window still reaches past Long.MAX_VALUE");
            int shown = (int) ((Long.MAX_VALUE - viewport.from()) / 1_000) + 1;
            assertTrue(shown > TimelineLoader.SINGLE_EVENT_LIMIT && shown < count, "a zoomed window of density: " + shown);
            assertDensityWhereEventsAre(log, viewport, shown);
        } finally {
            log.session().close();
        }
    }

    private static void assertDensityWhereEventsAre(OpenLog log, TimelineViewport viewport, int shown) {
        TimelineData d = TimelineLoader.load(new TimelineLoader.Query(log, viewport.from(), viewport.to(), viewport.span(), WIDTH,
                null, null, false, null));
        assertNull(d.events(), "too many to draw singly");
        long total = 0;
        for (int lane = 0; lane < 3; lane++) {
            long[] counts = d.lanes()[lane].counts();
            assertEquals(WIDTH, counts.length);
            total += Arrays.stream(counts).sum();
            int last = WIDTH - 1;
            while (counts[last] == 0) last--;
            // The lanes take turns, so lane 2 holds the event at Long.MAX_VALUE, lane 1 the one 1 us before.
            long lastEvent = Long.MAX_VALUE - (2 - lane) * 1_000L;
            assertEquals(viewport.x(lastEvent, WIDTH), last, 2, "lane " + lane + ": its last column is where its last event is drawn");
        }
        assertEquals(shown, total, 3, "every event in the window is counted once");
    }

    @Test
    void aLogAllAtLongMaxShowsItsEventsInTheMiddleOfAnAxis() throws Exception {
        OpenLog log = open("all-at-max.jsonl", i -> Long.MAX_VALUE);
        try {
            assertAllAtOneTimeInTheMiddle(log, Long.MAX_VALUE);
        } finally {
            log.session().close();
        }
    }

    @Test
    void aLogAllAtZeroShowsItsEventsInTheMiddleOfAnAxis() throws Exception {
        OpenLog log = open("all-at-zero.jsonl", i -> 0);
        try {
            assertAllAtOneTimeInTheMiddle(log, 0);
        } finally {
            log.session().close();
        }
    }

    private static void assertAllAtOneTimeInTheMiddle(OpenLog log, long time) {
        TimelineViewport viewport = widest(log);
        assertTrue(viewport.span() >= log.scale().minSpan(), "the axis is as wide as the closest zoom: " + viewport.span());
        assertEquals(WIDTH / 2.0, viewport.x(time, WIDTH), WIDTH * 0.01, "the events sit in its middle");
        TimelineData d = load(log, viewport);
        assertNotNull(d.events());
        assertEquals(EVENTS, d.events().size(), "every event is drawn");
        assertEquals(EVENTS, sum(d.overview()));
        long[] counts = d.overview().counts();
        int column = 0;
        while (counts[column] == 0) column++;
        assertEquals(viewport.overviewX(time, WIDTH), column, 2, "the overview marks them where it draws that time");
        assertEquals(EVENTS - 1, CursorWorker.lastAtOrBefore(log.session().axis(), EVENTS, viewport.position(WIDTH / 2.0 + 5, WIDTH)),
                "the cursor dragged onto them or past goes to the last");
        assertEquals(-1, CursorWorker.lastAtOrBefore(log.session().axis(), EVENTS, viewport.position(WIDTH / 2.0 - 5, WIDTH)),
                "and before them, to before the first");
    }

    private static long sum(Density d) {
        return Arrays.stream(d.counts()).sum();
    }
}
