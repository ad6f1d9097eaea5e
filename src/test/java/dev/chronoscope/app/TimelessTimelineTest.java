package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.engine.CancelToken;
import dev.chronoscope.engine.Chronoscope;
import dev.chronoscope.engine.IngestListener;
import dev.chronoscope.engine.LogOpenException;
import dev.chronoscope.engine.LogSession;
import dev.chronoscope.engine.OpenRequest;
import dev.chronoscope.event.Event;
import dev.chronoscope.store.DensityPyramid.Density;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the timeline loads for logs without times, on the real engine: events placed at their
 * offsets on their lanes, density per lane along the offsets, the whole log in the overview; and a
 * log with a few untimed lines keeps its time axis with those lines beside their neighbours.
 */
class TimelessTimelineTest {
    private static final int WIDTH = 1_000;

    @TempDir
    Path dir;

    /** n JSON lines on lanes w0..w3 (i % 4), types open/close/write by i % 3; with a "ts" where timed says so. */
    private Path log(String name, int n, java.util.function.IntPredicate timed) throws IOException {
        List<String> lines = new ArrayList<>();
        String[] types = {"open", "close", "write"};
        for (int i = 0; i < n; i++) {
            lines.add("{\"type\":\"" + types[i % 3] + "\",\"lane\":\"w" + (i % 4) + "\",\"n\":" + i
                    + (timed.test(i) ? ",\"ts\":" + (1_700_000_000_000L + i) : "") + "}");
        }
        return Files.write(dir.resolve(name), lines);
    }

    private OpenLog open(Path log) throws LogOpenException {
        LogSession session = Chronoscope.open(new OpenRequest(log, null, null, null, dir.resolve("cache"), false),
                new IngestListener() {}, new CancelToken());
        return OpenLog.capture(log, session);
    }

    /** What the window asks for after opening: the whole log, as the viewport first shows it. */
    private static TimelineData loadWholeLog(OpenLog log) {
        TimelineViewport viewport = new TimelineViewport();
        viewport.reset(log.scale());
        return TimelineLoader.load(new TimelineLoader.Query(log, viewport.from(), viewport.to(), WIDTH, null, null, false, null));
    }

    @Test
    void aLogWithoutTimesDrawsEveryEventAtItsOffsetOnItsLane() throws Exception {
        OpenLog log = open(log("timeless.jsonl", 300, i -> false));
        try {
            assertTrue(log.scale().byOffset());
            assertEquals(0, log.scale().first());
            assertEquals(299, log.scale().last());
            TimelineData d = loadWholeLog(log);
            TimelineData.Events events = d.events();
            assertNotNull(events, "300 events are few enough to draw one by one");
            assertEquals(300, events.size());
            for (int i = 0; i < 300; i++) {
                assertEquals(i, events.offsets()[i]);
                assertEquals(i, events.positions()[i], "event " + i + " sits at its offset");
                assertEquals(i, events.ends()[i]);
                assertEquals(Event.NO_TIME, events.times()[i]);
                assertEquals(log.lanes().indexOf("w" + (i % 4)), events.lanes()[i]);
            }
            assertEquals(300, sum(d.overview()), "the overview shows the whole log");
            for (Density lane : d.lanes()) assertEquals(75, sum(lane));
            TimelineViewport widest = new TimelineViewport();
            widest.reset(log.scale());
            assertEquals(widest.x(0, WIDTH), firstColumn(d.overview()), 1.0,
                    "in the widest view the overview draws the first event where its lane does");
            assertEquals(widest.x(299, WIDTH), lastColumn(d.overview()), 1.0, "and the last");
        } finally {
            log.session().close();
        }
    }

    @Test
    void aBigLogWithoutTimesDrawsDensityPerLaneAndSingleEventsWhenZoomedIn() throws Exception {
        int n = 20_000;
        OpenLog log = open(log("timeless-big.jsonl", n, i -> false));
        try {
            TimelineData whole = loadWholeLog(log);
            assertNull(whole.events(), "too many to draw one by one");
            assertEquals(n, sum(whole.overview()));
            for (Density lane : whole.lanes()) {
                assertEquals(n / 4, sum(lane));
                long filled = java.util.Arrays.stream(lane.counts()).filter(c -> c > 0).count();
                assertTrue(filled > WIDTH * 9 / 10, "the lane is drawn across the log: " + filled + " columns");
            }
            TimelineData zoomed = TimelineLoader.load(new TimelineLoader.Query(log, 5_000, 5_100, WIDTH, null, null, false, null));
            assertEquals(100, zoomed.events().size());
            assertEquals(5_000, zoomed.events().positions()[0]);
            assertEquals(5_099, zoomed.events().positions()[99]);
        } finally {
            log.session().close();
        }
    }

    @Test
    void theHoverNamesTheEventOrTheOffsetsOfAColumn() throws Exception {
        OpenLog log = open(log("hover.jsonl", 20_000, i -> false));
        try {
            TimelineLayout layout = new TimelineLayout();
            layout.reset(log.lanes().size());
            TimelineViewport viewport = new TimelineViewport();
            viewport.reset(5_000, 5_100);
            TimelineData zoomed = TimelineLoader.load(new TimelineLoader.Query(log, viewport.from(), viewport.to(), WIDTH,
                    null, null, false, null));
            double x = TimelineLayout.LABEL_WIDTH + viewport.x(5_042, WIDTH);
            double y = layout.top(log.lanes().indexOf("w2")) + 5;
            assertEquals("#5042 write · no time", TimelineHoverText.at(zoomed, log, List.of(), layout, viewport, x, y, WIDTH));

            TimelineData whole = TimelineLoader.load(new TimelineLoader.Query(log, 0, 20_000, WIDTH, null, null, false, null));
            String column = TimelineHoverText.at(whole, log, List.of(), layout, viewport, TimelineLayout.LABEL_WIDTH + 500.5,
                    y, WIDTH);
            assertEquals("5 events on w2 in " + TimelineScale.offsetLabel(10_000) + "–" + TimelineScale.offsetLabel(10_019),
                    column);
        } finally {
            log.session().close();
        }
    }

    /** Mostly timed: the time axis stays, and each untimed line is drawn with the timed line before it. */
    @Test
    void aTimedLogWithSomeUntimedLinesKeepsItsTimeAxis() throws Exception {
        OpenLog log = open(log("partly.jsonl", 400, i -> i % 10 != 3 && i >= 5));
        try {
            assertFalse(log.scale().byOffset());
            LogSession s = log.session();
            assertEquals(Event.NO_TIME, s.time(0));
            assertEquals(s.time(5), log.scale().first(), "the first time, where the untimed first lines wait");
            TimelineData d = loadWholeLog(log);
            TimelineData.Events events = d.events();
            assertEquals(400, events.size(), "no event is left out");
            for (int i = 0; i < 400; i++) {
                long expected = i < 5 ? s.time(5) : i % 10 == 3 ? s.time(i - 1) : s.time(i);
                assertTrue(expected != Event.NO_TIME);
                assertEquals(expected, events.positions()[i], "position of " + i);
            }
            assertEquals(400, sum(d.overview()));
        } finally {
            log.session().close();
        }
    }

    private static int firstColumn(Density d) {
        for (int x = 0; x < d.counts().length; x++) if (d.counts()[x] > 0) return x;
        return -1;
    }

    private static int lastColumn(Density d) {
        for (int x = d.counts().length - 1; x >= 0; x--) if (d.counts()[x] > 0) return x;
        return -1;
    }

    private static long sum(Density d) {
        long s = 0;
        for (long c : d.counts()) s += c;
        return s;
    }
}
