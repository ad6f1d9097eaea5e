package dev.chronoscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The four real Chrome traces in shared/realdata (counts checked against the files by hand/Python). */
class ChromeTraceRealDataTest {

    private static final Path DIR = Path.of(System.getProperty("chronoscope.realdata", "../shared/realdata"), "chrome-trace");
    private final ChromeTraceFormat format = new ChromeTraceFormat();

    @Test
    void chrome69PerformanceTraceIsReadWhole() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        ErrorCollectingContext.Read read = ErrorCollectingContext.readAll(format, DIR.resolve("chrome69-simple.json"), context);

        assertEquals(1326, read.records(), "1364 records minus 38 metadata");
        assertEquals(1326 + 922, read.events().size(), "each X with dur adds its end event");
        assertEquals(List.of(), context.errors);
        assertTrue(context.warned("5 'X' event(s) without \"dur\""), context.warnings.toString());
        assertTrue(context.warnings.stream().noneMatch(w -> w.contains("'E' event(s) without")), context.warnings.toString());

        List<LaneLabels.LaneLabel> lanes = ((LaneLabels) read.reader()).laneLabels();
        assertEquals(17, lanes.size());
        assertEquals(new LaneLabels.LaneLabel("85110/775", "Browser / CrBrowserMain"), lanes.get(0),
                "Browser has process_sort_index -6, before the Renderer's -5");
        assertTrue(lanes.contains(new LaneLabels.LaneLabel("85129/775", "Renderer / CrRendererMain")));
        Event first = read.events().get(0);
        assertEquals("ThreadControllerImpl::RunTask", first.type());
        assertEquals(52949279308_000L, first.time());
        assertEquals(287_000L, first.duration());
        assertEquals("85129/775", first.lane());
        assertEquals(1, first.line());
    }

    @Test
    void endsComeOutInTimeOrderBeforeLaterRecords() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        List<Event> events = ErrorCollectingContext.readAll(format, DIR.resolve("chrome69-simple.json"), context).events();
        // The first X spans [..308, ..595): records inside it come first, its end before any later one.
        Event firstEnd = events.stream().filter(e -> e.record().has("closes")).findFirst().orElseThrow();
        assertEquals("slice:0", firstEnd.record().get("closes").asText());
        assertEquals(52949279308_000L + 287_000L, firstEnd.time());
        int at = events.indexOf(firstEnd);
        assertTrue(events.get(at + 1).time() >= firstEnd.time());
        assertTrue(events.get(at - 1).time() <= firstEnd.time());
    }

    @Test
    void multiprocessLanesAreNamedFromMetadata() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        ErrorCollectingContext.Read read = ErrorCollectingContext.readAll(format, DIR.resolve("multiprocess.json"), context);

        assertEquals(8, read.records());
        assertEquals(16, read.events().size());
        Map<String, String> labels = ((LaneLabels) read.reader()).laneLabels().stream()
                .collect(Collectors.toMap(LaneLabels.LaneLabel::lane, LaneLabels.LaneLabel::label));
        assertEquals(Map.of(
                "0/0", "p0 / p0t0", "0/1", "p0 / p0t1",
                "1/0", "p1 / p1t0", "1/1", "p1 / p1t1",
                "2/0", "pid 2 / p2t0", "2/1", "pid 2 / p2t1",
                "3/0", "p3 / tid 0", "3/1", "p3 / tid 1"), labels);
        List<String> order = ((LaneLabels) read.reader()).laneLabels().stream().map(LaneLabels.LaneLabel::lane).toList();
        assertEquals(List.of("0/0", "0/1", "1/0", "1/1", "2/0", "2/1", "3/0", "3/1"), order);
    }

    @Test
    void partialFileCutAfterTrailingCommaIsReadFully() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        ErrorCollectingContext.Read read = ErrorCollectingContext.readAll(format, DIR.resolve("partial-trailing-comma.json"), context);

        assertEquals(6, read.records());
        assertEquals(List.of(), context.errors);
        assertTrue(context.warned("not closed"), context.warnings.toString());
        Map<String, Long> types = read.events().stream().collect(Collectors.groupingBy(Event::type, Collectors.counting()));
        assertEquals(Map.of("alpha", 2L, "beta", 2L, "gamma", 2L, "epsilon", 1L), types,
                "gamma's end is synthetic; epsilon has no dur, so it stays open");
        assertTrue(context.warned("1 'X' event(s) without \"dur\""));
        assertEquals(List.of(14_000L), read.events().stream().filter(e -> e.type().equals("alpha"))
                .skip(1).map(Event::time).toList());
    }

    @Test
    void objectFormIsRead() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        ErrorCollectingContext.Read read = ErrorCollectingContext.readAll(format, DIR.resolve("simple-object.json"), context);

        assertEquals(5, read.records());
        assertEquals(5, read.events().size());
        assertEquals(List.of(), context.errors);
        assertTrue(context.warnings.stream().noneMatch(w -> w.contains("not closed")), context.warnings.toString());
        Map<String, Event> byType = read.events().stream()
                .collect(Collectors.toMap(Event::type, Function.identity(), (a, b) -> a));
        assertEquals("slice:0", byType.get("alpha").id());
    }

    @Test
    void sniffsAllFourAsChrome() throws Exception {
        for (String name : List.of("chrome69-simple.json", "multiprocess.json", "partial-trailing-comma.json", "simple-object.json")) {
            assertTrue(format.sniff(LogInput.of(DIR.resolve(name))) >= 90, name);
        }
    }
}
