package dev.chronoscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import dev.chronoscope.event.Link;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written traces for what the real samples do not show. */
class ChromeTraceReaderTest {

    @TempDir Path dir;
    private final ChromeTraceFormat format = new ChromeTraceFormat();

    private ErrorCollectingContext.Read read(String json, ErrorCollectingContext context) throws Exception {
        Path file = dir.resolve("trace.json");
        Files.writeString(file, json);
        return ErrorCollectingContext.readAll(format, file, context);
    }

    private static Event byType(List<Event> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void unbalancedBeginEndIsReportedAndEventsKept() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        ErrorCollectingContext.Read read = read("""
                [
                {"ph":"E","name":"orphan","ts":1,"pid":1,"tid":1},
                {"ph":"B","name":"outer","ts":2,"pid":1,"tid":1},
                {"ph":"B","name":"never-ended","ts":3,"pid":1,"tid":2}
                ]
                """, context);

        assertEquals(3, read.events().size());
        assertEquals(3, read.records());
        assertTrue(read.events().stream().noneMatch(Event::hasSeverity), "Chrome traces carry no severity");
        assertEquals(List.of(), context.errors);
        assertTrue(context.warned("1 'E' event(s) without a matching 'B' (first at line 2 on lane 1/1)"), context.warnings.toString());
        assertTrue(context.warned("2 slice(s) begun and never ended"), context.warnings.toString());
        assertTrue(context.warned("'never-ended' at line 4 on lane 1/2"), context.warnings.toString());
    }

    /**
     * A record over the JSON parser's limits (a key of 60,000 characters, nesting deeper than
     * 1,000, a number of 5,000 digits) is one bad record with its line, never the whole trace
     * unreadable with the parser's own wording.
     */
    @Test
    void aRecordOverTheParsersLimitsCostsOnlyItself() throws Exception {
        String event = "{\"ph\":\"i\",\"name\":\"%s\",\"ts\":%d,\"pid\":1,\"tid\":1%s}";
        String[] tooBig = {",\"" + "k".repeat(60_000) + "\":1", ",\"x\":" + "[".repeat(2_000) + "]".repeat(2_000),
                ",\"x\":" + "9".repeat(5_000)};
        for (String form : new String[] {"[\n%s\n]", "{\"traceEvents\":[\n%s\n]}"}) {
            StringBuilder events = new StringBuilder(String.format(event, "first", 1, ""));
            for (int i = 0; i < tooBig.length; i++) {
                events.append(",\n").append(String.format(event, "big" + i, 2 + i, tooBig[i]));
                events.append(",\n").append(String.format(event, "after" + i, 2 + i, ""));
            }
            ErrorCollectingContext context = new ErrorCollectingContext();
            ErrorCollectingContext.Read read = read(String.format(form, events), context);

            assertEquals(List.of("first", "after0", "after1", "after2"), read.events().stream().map(Event::type).toList(), form);
            assertEquals(List.of(3L, 5L, 7L), context.errors.stream().map(ErrorCollectingContext.Problem::position).toList(), form);
            assertTrue(context.errors.get(0).reason().endsWith("name length 60000 is over the limit of 50000"), context.errors.toString());
            assertTrue(context.errors.get(1).reason().endsWith("document nesting depth 1001 is over the limit of 1000"), context.errors.toString());
            assertTrue(context.errors.get(2).reason().endsWith("number value length 5000 is over the limit of 1000"), context.errors.toString());
        }
    }

    /**
     * An object that is no event (no ts) is an error and not a record, as a bad line of JSON Lines
     * is; an event cut off by the end of the file is an error of its line, the complete ones kept.
     */
    @Test
    void unusableAndCutOffEventsAreErrorsNotRecords() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        ErrorCollectingContext.Read read = read("""
                [{"name":"a","ph":"i","ts":1,"pid":1,"tid":1},
                {"ph":"B","name":"x"},
                {"name":"c","ph":"i","ts":3,"pid":1,"tid":1},
                {"name":"d","ph":"X","ts":4,"du""", context);

        assertEquals(List.of("a", "c"), read.events().stream().map(Event::type).toList());
        assertEquals(2, read.records());
        assertEquals(2, context.errors.size(), context.errors.toString());
        assertEquals(2, context.errors.get(0).position());
        assertTrue(context.errors.get(0).reason().contains("\"ts\""), context.errors.toString());
        assertEquals(4, context.errors.get(1).position());
        assertTrue(context.errors.get(1).reason().contains("cut off at the end of the file"), context.errors.toString());
        assertTrue(context.warned("every complete event was read"), context.warnings.toString());
    }

    /**
     * A ts whose nanoseconds do not fit a long (past the year 2262, or not a number at all) is an
     * error of its line, never a time that wrapped around or a NaN read as 0.
     */
    @Test
    void aTsBeyondTheRangeOfNanosecondsIsAnErrorNotAWrappedTime() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        ErrorCollectingContext.Read read = read("""
                [{"name":"a","ph":"i","ts":9223372036854775,"pid":1,"tid":1},
                {"name":"b","ph":"i","ts":9300000000000000,"pid":1,"tid":1},
                {"name":"c","ph":"i","ts":-9300000000000000.5,"pid":1,"tid":1},
                {"name":"d","ph":"i","ts":"NaN","pid":1,"tid":1},
                {"name":"e","ph":"i","ts":"1e300","pid":1,"tid":1},
                {"name":"f","ph":"X","ts":5,"dur":9300000000000000,"pid":1,"tid":2}]
                """, context);

        assertEquals(List.of("a", "f"), read.events().stream().map(Event::type).distinct().toList());
        assertEquals(9_223_372_036_854_775_000L, byType(read.events(), "a").time());
        assertEquals(Event.NO_DURATION, byType(read.events(), "f").duration(), "a duration out of range is none");
        assertEquals(List.of(2L, 3L, 4L, 5L), context.errors.stream().map(ErrorCollectingContext.Problem::position).toList());
        assertTrue(context.errors.get(0).reason().contains("out of range"), context.errors.toString());
        assertTrue(context.errors.get(2).reason().contains("expected a number of microseconds"), context.errors.toString());
    }

    @Test
    void asyncEndsAndObjectDestructionsThatEndNothingAreWarningsAndEventsKept() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        ErrorCollectingContext.Read read = read("""
                [
                {"ph":"e","name":"fetch","cat":"net","id":"0x1","ts":1,"pid":1,"tid":1},
                {"ph":"b","name":"load","cat":"net","id":"0x2","ts":2,"pid":1,"tid":1},
                {"ph":"e","name":"renamed","cat":"net","id":"0x2","ts":3,"pid":1,"tid":1},
                {"ph":"S","name":"legacy","cat":"net","id":"0x3","ts":4,"pid":1,"tid":1},
                {"ph":"F","name":"other","cat":"net","id":"0x3","ts":5,"pid":1,"tid":2},
                {"ph":"b","name":"load","cat":"disk","id":"0x2","ts":6,"pid":1,"tid":1},
                {"ph":"N","name":"Layer","id":"0x7","ts":7,"pid":1,"tid":1},
                {"ph":"D","name":"Layer","id":"0x7","ts":8,"pid":1,"tid":1},
                {"ph":"D","name":"Layer","id":"0x7","ts":9,"pid":1,"tid":3},
                {"ph":"O","name":"Tile","id":"0x8","ts":10,"pid":1,"tid":1,"args":{"snapshot":{"x":1}}},
                {"ph":"D","name":"Tile","id":"0x8","ts":11,"pid":1,"tid":1}
                ]
                """, context);

        assertEquals(11, read.events().size(), "every record stays an event");
        assertEquals(List.of(), context.errors);
        // 'e' ends the innermost open operation of its key even under another name; 'F' needs its name.
        assertTrue(context.warned("2 async end(s) ('e'/'F') without a matching begin (first at line 2 on lane 1/1, "
                + "'fetch' cat net id 0x1); kept as events"), context.warnings.toString());
        assertTrue(context.warned("2 async operation(s) begun ('b'/'S') and never ended ('legacy' at line 5 on lane 1/1, "
                + "'load' at line 7 on lane 1/1)"), context.warnings.toString());
        // A snapshot brings an object to life, so only the second 'D' of Layer ends nothing.
        assertTrue(context.warned("1 object(s) destroyed ('D') while not alive (first at line 10 on lane 1/3, 'Layer' id 0x7)"),
                context.warnings.toString());
        assertEquals(3, context.warnings.size(), context.warnings.toString());
    }

    @Test
    void balancedAsyncAndObjectEventsAreNotReported() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        read("""
                [{"ph":"b","name":"fetch","cat":"net","id2":{"local":"0x1"},"ts":1,"pid":1,"tid":1},
                 {"ph":"S","name":"legacy","cat":"net","id":5,"ts":2,"pid":1,"tid":1},
                 {"ph":"e","name":"fetch","cat":"net","id2":{"local":"0x1"},"ts":3,"pid":1,"tid":2},
                 {"ph":"F","name":"legacy","cat":"net","id":5,"ts":4,"pid":1,"tid":1},
                 {"ph":"N","name":"Layer","id":"0x7","ts":5,"pid":1,"tid":1},
                 {"ph":"D","name":"Layer","id":"0x7","ts":6,"pid":1,"tid":1},
                 {"ph":"N","name":"Layer","id":"0x7","ts":7,"pid":1,"tid":1}]
                """, context);
        assertEquals(List.of(), context.errors);
        assertEquals(List.of(), context.warnings, "an object alive at the end lives until its process ends");
    }

    @Test
    void completeSlicesInsideOthersCloseInnermostFirst() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        List<Event> events = read("""
                [{"ph":"X","name":"outer","ts":0,"dur":10,"pid":1,"tid":1},
                 {"ph":"X","name":"inner","ts":5,"dur":5,"pid":1,"tid":1},
                 {"ph":"i","name":"later","ts":20,"pid":1,"tid":1}]
                """, context).events();

        List<String> order = events.stream()
                .map(e -> e.type() + (e.record().has("closes") ? "/end" : "")).toList();
        assertEquals(List.of("outer", "inner", "inner/end", "outer/end", "later"), order);
        assertEquals(10_000L, events.get(3).time());
        assertEquals("slice:0", events.get(3).record().get("closes").asText());
    }

    @Test
    void unnamedEndTakesTheNameOfTheSliceItEnds() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        List<Event> events = read("""
                [{"ph":"B","name":"outer","ts":0,"pid":1,"tid":1},
                 {"ph":"B","name":"inner","ts":1,"pid":1,"tid":1},
                 {"ph":"E","ts":2,"pid":1,"tid":1},
                 {"ph":"E","ts":3,"pid":1,"tid":1}]
                """, context).events();
        assertEquals(List.of("outer", "inner", "inner", "outer"), events.stream().map(Event::type).toList());
    }

    @Test
    void flowV1BindsStartToEnclosingSliceAndEndToNextSlice() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        List<Event> events = read("""
                [{"ph":"B","name":"send","ts":0,"pid":1,"tid":1},
                 {"ph":"s","name":"msg","cat":"ipc","id":"0x7","ts":1,"pid":1,"tid":1},
                 {"ph":"E","ts":2,"pid":1,"tid":1},
                 {"ph":"f","name":"msg","cat":"ipc","id":"0x7","ts":3,"pid":1,"tid":2},
                 {"ph":"X","name":"receive","ts":4,"dur":1,"pid":1,"tid":2},
                 {"ph":"B","name":"work","ts":6,"pid":2,"tid":1},
                 {"ph":"s","name":"job","cat":"q","id":1,"ts":7,"pid":2,"tid":1},
                 {"ph":"f","name":"job","cat":"q","id":1,"ts":8,"pid":2,"tid":1,"bp":"e"},
                 {"ph":"E","ts":9,"pid":2,"tid":1}]
                """, context).events();

        Event send = byType(events, "send");
        Event receive = byType(events, "receive");
        assertEquals(List.of(new Link("flow", send.id())), receive.links());
        assertTrue(events.stream().filter(e -> e.type().equals("job") || e.type().equals("work")).allMatch(e -> e.links().isEmpty()),
                "a flow that starts and ends in one slice makes no link: the slice is not its own cause");
        assertTrue(context.warnings.stream().noneMatch(w -> w.contains("flow")), context.warnings.toString());
    }

    /** Writers that emit a complete slice when it ends put it after the flow end that happened inside it. */
    @Test
    void flowV1EndBindsToTheNextSliceInTimeNotToOneReadAfterItThatStartedBefore() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        List<Event> events = read("""
                [{"ph":"X","name":"S","ts":0,"dur":5,"pid":1,"tid":1},
                 {"ph":"s","name":"fl","cat":"c","id":1,"ts":1,"pid":1,"tid":1},
                 {"ph":"f","name":"fl","cat":"c","id":1,"ts":15,"pid":1,"tid":2},
                 {"ph":"X","name":"outer","ts":10,"dur":20,"pid":1,"tid":2},
                 {"ph":"X","name":"next","ts":40,"dur":5,"pid":1,"tid":2}]
                """, context).events();

        assertEquals(List.of(), byType(events, "outer").links(), "'outer' started before the flow end");
        assertEquals(List.of(new Link("flow", byType(events, "S").id())), byType(events, "next").links());
        assertTrue(context.warnings.stream().noneMatch(w -> w.contains("flow")), context.warnings.toString());
    }

    @Test
    void flowV1EndWithBindingPointEnclosingLinksTheSliceEnclosingIt() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        List<Event> events = read("""
                [{"ph":"B","name":"S","ts":100,"pid":1,"tid":1},
                 {"ph":"B","name":"W","ts":130,"pid":1,"tid":2},
                 {"ph":"X","name":"later","ts":150,"dur":5,"pid":1,"tid":2},
                 {"ph":"s","name":"fl","cat":"f","id":5,"ts":110,"pid":1,"tid":1},
                 {"ph":"f","name":"fl","cat":"f","id":5,"ts":140,"pid":1,"tid":2,"bp":"e"},
                 {"ph":"X","name":"next","ts":145,"dur":1,"pid":1,"tid":2},
                 {"ph":"E","ts":160,"pid":1,"tid":2},
                 {"ph":"E","ts":170,"pid":1,"tid":1}]
                """, context).events();

        assertEquals(List.of(new Link("flow", byType(events, "S").id())), byType(events, "W").links(),
                "the enclosing slice is W: 'later' is open on the thread but starts after the flow end");
        assertEquals(List.of(), byType(events, "fl").links());
        assertEquals(List.of(), byType(events, "later").links());
        assertEquals(List.of(), byType(events, "next").links(), "bound to the enclosing slice, not to the next");
        assertTrue(context.warnings.stream().noneMatch(w -> w.contains("flow")), context.warnings.toString());
        assertEquals(10, events.size(), "8 records and 2 'X' ends: the first pass that finds the binding emits nothing");
    }

    @Test
    void flowV1StepLinksTheSliceEnclosingItToTheStartsSliceAndBecomesTheEndsSource() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        List<Event> events = read("""
                [{"ph":"X","name":"A","ts":0,"dur":10,"pid":1,"tid":1},
                 {"ph":"s","name":"fl","cat":"c","id":1,"ts":5,"pid":1,"tid":1},
                 {"ph":"B","name":"B","ts":20,"pid":1,"tid":2},
                 {"ph" : "t","name":"fl","cat":"c","id":1,"ts":25,"pid":1,"tid":2},
                 {"ph":"E","ts":30,"pid":1,"tid":2},
                 {"ph":"f","name":"fl","cat":"c","id":1,"ts":40,"pid":1,"tid":3},
                 {"ph":"X","name":"C","ts":41,"dur":10,"pid":1,"tid":3}]
                """, context).events();

        Event a = byType(events, "A");
        Event b = byType(events, "B");
        assertEquals(List.of(new Link("flow", a.id())), b.links(), "the step's enclosing slice is caused by the start's");
        assertEquals(List.of(new Link("flow", b.id())), byType(events, "C").links(), "the end's slice by the step's");
        Event step = events.stream().filter(e -> e.record().path("ph").asText().equals("t")).findFirst().orElseThrow();
        assertEquals(List.of(new Link("flow", a.id())), step.links(), "the step event keeps its own link");
        assertTrue(context.warnings.stream().noneMatch(w -> w.contains("flow")), context.warnings.toString());
        assertEquals(9, events.size(), "7 records and 2 'X' ends: the pass that plans the steps emits nothing");
    }

    @Test
    void flowV1StepsChainSliceBySliceAndAStepWithoutASliceIsItsOwnBinding() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        List<Event> events = read("""
                [{"ph":"X","name":"A","ts":0,"dur":10,"pid":1,"tid":1},
                 {"ph":"s","name":"fl","cat":"c","id":1,"ts":5,"pid":1,"tid":1},
                 {"ph":"X","name":"B","ts":20,"dur":10,"pid":1,"tid":2},
                 {"ph":"t","name":"fl","cat":"c","id":1,"ts":25,"pid":1,"tid":2},
                 {"ph":"t","name":"loose","cat":"c","id":1,"ts":32,"pid":1,"tid":4},
                 {"ph":"X","name":"D","ts":35,"dur":10,"pid":1,"tid":2},
                 {"ph":"t","name":"fl","cat":"c","id":1,"ts":36,"pid":1,"tid":2,"bp":"e"},
                 {"ph":"t","name":"fl","cat":"c","id":1,"ts":38,"pid":1,"tid":5},
                 {"ph":"f","name":"fl","cat":"c","id":1,"ts":50,"pid":1,"tid":3},
                 {"ph":"X","name":"C","ts":51,"dur":10,"pid":1,"tid":3}]
                """, context).events();

        Event b = byType(events, "B");
        Event d = byType(events, "D");
        assertEquals(List.of(new Link("flow", byType(events, "A").id())), b.links());
        assertEquals(List.of(new Link("flow", b.id())), d.links(), "a second step chains on from the first; bp changes nothing on a step");
        Event bare = events.stream().filter(e -> e.lane().equals("1/5")).findFirst().orElseThrow();
        assertTrue(bare.id() != null && bare.id().startsWith("flow:"), "a step outside any slice is its own binding: " + bare.id());
        assertEquals(List.of(new Link("flow", d.id())), bare.links());
        assertEquals(List.of(new Link("flow", bare.id())), byType(events, "C").links());
        assertTrue(byType(events, "loose").links().isEmpty());
        assertTrue(context.warned("1 flow step(s) or flow_in(s) without a flow start"), context.warnings.toString());
    }

    @Test
    void flowV1IdReusedAfterItsEndStartsAFreshChain() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        List<Event> events = read("""
                [{"ph":"X","name":"A1","ts":0,"dur":10,"pid":1,"tid":1},
                 {"ph":"s","name":"fl","cat":"c","id":7,"ts":1,"pid":1,"tid":1},
                 {"ph":"X","name":"B1","ts":20,"dur":10,"pid":1,"tid":2},
                 {"ph":"t","name":"fl","cat":"c","id":7,"ts":21,"pid":1,"tid":2},
                 {"ph":"f","name":"fl","cat":"c","id":7,"ts":40,"pid":1,"tid":3},
                 {"ph":"X","name":"C1","ts":41,"dur":5,"pid":1,"tid":3},
                 {"ph":"X","name":"A2","ts":50,"dur":10,"pid":1,"tid":1},
                 {"ph":"s","name":"fl","cat":"c","id":7,"ts":51,"pid":1,"tid":1},
                 {"ph":"X","name":"B2","ts":60,"dur":10,"pid":1,"tid":2},
                 {"ph":"t","name":"fl","cat":"c","id":7,"ts":61,"pid":1,"tid":2},
                 {"ph":"f","name":"fl","cat":"c","id":7,"ts":80,"pid":1,"tid":3},
                 {"ph":"X","name":"C2","ts":81,"dur":5,"pid":1,"tid":3}]
                """, context).events();

        assertEquals(List.of(new Link("flow", byType(events, "A2").id())), byType(events, "B2").links());
        assertEquals(List.of(new Link("flow", byType(events, "B2").id())), byType(events, "C2").links());
        assertEquals(List.of(new Link("flow", byType(events, "B1").id())), byType(events, "C1").links());
        assertTrue(context.warnings.stream().noneMatch(w -> w.contains("flow")), context.warnings.toString());
    }

    @Test
    void flowAndAsyncIdsInDifferentScopesAreDifferentIds() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        List<Event> events = read("""
                [{"ph":"X","name":"A","ts":0,"dur":10,"pid":1,"tid":1},
                 {"ph":"s","name":"fl","cat":"c","id":1,"scope":"x","ts":1,"pid":1,"tid":1},
                 {"ph":"X","name":"Z","ts":0,"dur":10,"pid":1,"tid":2},
                 {"ph":"s","name":"fl","cat":"c","id":1,"ts":2,"pid":1,"tid":2},
                 {"ph":"f","name":"fl","cat":"c","id":1,"scope":"x","ts":20,"pid":1,"tid":3},
                 {"ph":"X","name":"C","ts":21,"dur":5,"pid":1,"tid":3},
                 {"ph":"b","name":"op","cat":"c","id":"0x1","scope":"x","ts":30,"pid":1,"tid":1},
                 {"ph":"e","name":"op","cat":"c","id":"0x1","ts":31,"pid":1,"tid":1}]
                """, context).events();

        assertEquals(List.of(new Link("flow", byType(events, "A").id())), byType(events, "C").links(),
                "the end in scope x finds the start in scope x, not the later unscoped one");
        assertTrue(context.warned("1 async end(s) ('e'/'F') without a matching begin"), context.warnings.toString());
        assertTrue(context.warned("1 async operation(s) begun ('b'/'S') and never ended"), context.warnings.toString());
    }

    /** A trace read twice (it has "bp") reports each pass's bytes as half: progress moves from the start and ends at the size. */
    @Test
    void aTraceReadTwiceReportsProgressFromItsFirstPassAndEndsAtItsSize() throws Exception {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) {
            json.append("{\"ph\":\"X\",\"name\":\"w\",\"ts\":").append(i * 10).append(",\"dur\":5,\"pid\":1,\"tid\":1},\n");
        }
        json.append("{\"ph\":\"f\",\"name\":\"fl\",\"cat\":\"f\",\"id\":5,\"ts\":999999,\"pid\":1,\"tid\":2,\"bp\":\"e\"}]");
        Path file = dir.resolve("twice.json");
        Files.writeString(file, json);
        ErrorCollectingContext context = new ErrorCollectingContext();
        try (EventReader reader = format.open(LogInput.of(file), context)) {
            assertTrue(reader.next() != null);
            long afterFirstEvent = context.bytes;
            assertTrue(afterFirstEvent >= Files.size(file) / 2 - 1,
                    "the first pass, done before the first event, moved progress half way: " + afterFirstEvent);
            assertTrue(afterFirstEvent < Files.size(file), "but not all the way: " + afterFirstEvent);
            while (reader.next() != null) {
                // read to the end
            }
        }
        assertEquals(Files.size(file), context.bytes, 1, "two passes count as one read of the file");
    }

    @Test
    void flowV1EndWithBindingPointEnclosingAndNoEnclosingSliceBindsToTheNextSlice() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        List<Event> events = read("""
                [{"ph":"X","name":"S","ts":100,"dur":20,"pid":1,"tid":1},
                 {"ph":"s","name":"fl","cat":"f","id":5,"ts":110,"pid":1,"tid":1},
                 {"ph":"f","name":"fl","cat":"f","id":5,"ts":140,"pid":1,"tid":2,"bp":"e"},
                 {"ph":"X","name":"N","ts":150,"dur":1,"pid":1,"tid":2},
                 {"ph":"E","name":"orphan","ts":160,"pid":1,"tid":3}]
                """, context).events();

        assertEquals(List.of(new Link("flow", byType(events, "S").id())), byType(events, "N").links());
        assertTrue(context.warnings.stream().noneMatch(w -> w.contains("flow")), context.warnings.toString());
        assertEquals(1, context.warnings.stream().filter(w -> w.contains("without a matching 'B'")).count(),
                "the pass that plans the flows reports nothing: " + context.warnings);
    }

    @Test
    void flowV2BindIdsLinkSlices() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        List<Event> events = read("""
                [{"ph":"X","name":"post","ts":0,"dur":2,"pid":1,"tid":1,"bind_id":"0xa","flow_out":true},
                 {"ph":"X","name":"relay","ts":3,"dur":2,"pid":1,"tid":2,"bind_id":"0xa","flow_in":true,"flow_out":true},
                 {"ph":"X","name":"run","ts":6,"dur":2,"pid":1,"tid":3,"bind_id":"0xa","flow_in":true},
                 {"ph":"X","name":"stray","ts":9,"dur":1,"pid":1,"tid":3,"bind_id":"0xb","flow_in":true}]
                """, context).events();

        assertEquals(List.of(new Link("flow", byType(events, "post").id())), byType(events, "relay").links());
        assertEquals(List.of(new Link("flow", byType(events, "relay").id())), byType(events, "run").links());
        assertEquals(List.of(), byType(events, "stray").links());
        assertTrue(context.warned("1 flow step(s) or flow_in(s) without a flow start"), context.warnings.toString());
    }

    @Test
    void nodeAsyncHooksBecomeParentLinks() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        List<Event> events = read("""
                {"traceEvents":[
                 {"pid":9,"tid":9,"ts":1,"ph":"b","cat":"node,node.async_hooks","name":"TCPWRAP","id":"0x5",
                  "args":{"data":{"executionAsyncId":1,"triggerAsyncId":1}}},
                 {"pid":9,"tid":9,"ts":2,"ph":"b","cat":"node,node.async_hooks","name":"Timeout","id":"0x7",
                  "args":{"data":{"executionAsyncId":6,"triggerAsyncId":5}}},
                 {"pid":9,"tid":9,"ts":3,"ph":"b","cat":"node,node.async_hooks","name":"Timeout_CALLBACK","id":"0x7"}
                ]}
                """, context).events();

        assertEquals("async:9:5", events.get(0).id());
        assertEquals(List.of(new Link("parent", "async:9:1")), events.get(0).links());
        assertEquals("async:9:7", events.get(1).id());
        assertEquals(List.of(new Link("parent", "async:9:5"), new Link("execution", "async:9:6")), events.get(1).links());
        assertNull(events.get(2).id(), "callbacks share the resource's id, so only the init event carries it");
    }

    @Test
    void badRecordsAreReportedWithTheirLineAndTheRestKept() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        ErrorCollectingContext.Read read = read("""
                [
                {"ph":"i","name":"a","ts":1,"pid":1,"tid":1},
                {"ph":"i","name":"b","ts":{"oops":1},"pid":1,"tid":1},
                {"name":"c","ts":3,"pid":1,"tid":1},
                42,
                {"ph":"i","name":"d","ts":4,"pid":1 "tid":1},
                {"ph":"i","name":"e","ts":5.5,"pid":1,"tid":1}
                ]
                """, context);

        assertEquals(List.of("a", "e"), read.events().stream().map(Event::type).toList());
        assertEquals(5_500L, read.events().get(1).time());
        assertEquals(List.of(3L, 4L, 5L, 6L), context.errors.stream().map(ErrorCollectingContext.Problem::position).toList());
        assertTrue(context.errors.get(0).reason().contains("\"ts\""), context.errors.get(0).reason());
        assertTrue(context.errors.get(1).reason().contains("\"ph\""), context.errors.get(1).reason());
        assertTrue(context.errors.get(2).reason().contains("found a number"), context.errors.get(2).reason());
        assertTrue(context.errors.get(3).reason().startsWith("malformed JSON"), context.errors.get(3).reason());
        assertTrue(context.errors.stream().allMatch(p -> p.file().endsWith("trace.json")));
    }

    @Test
    void objectFormRecoversFromABrokenRecordAndStopsAtTheArraysEnd() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        ErrorCollectingContext.Read read = read("""
                {"traceEvents": [
                  {"ph":"i","name":"a","ts":1,"pid":1,"tid":1},
                  {"ph":"i","name":"b",,"ts":2,"pid":1,"tid":1},
                  {"ph":"i","name":"c","ts":3,"pid":1,"tid":1}
                ],
                "displayTimeUnit": "ns",
                "metadata": {"clock-domain": "LINUX_CLOCK_MONOTONIC"}}
                """, context);

        assertEquals(List.of("a", "c"), read.events().stream().map(Event::type).toList());
        assertEquals(1, context.errors.size());
        assertEquals(3L, context.errors.get(0).position());
        assertEquals(4L, read.events().get(1).line(), "lines after a resync still count from the start of the file");
    }

    @Test
    void emptyMetadataNamesAndMissingPidsStillGiveReadableLaneLabels() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        ErrorCollectingContext.Read read = read("""
                [{"ph":"M","name":"process_name","pid":1,"args":{"name":""}},
                 {"ph":"M","name":"thread_name","pid":1,"tid":2,"args":{}},
                 {"ph":"M","name":"thread_name","pid":1,"tid":3,"args":{"name":"worker"}},
                 {"ph":"i","name":"a","ts":1,"pid":1,"tid":2},
                 {"ph":"i","name":"b","ts":2,"pid":1,"tid":3},
                 {"ph":"i","name":"everywhere","ts":3,"s":"g"}]
                """, context);
        Map<String, String> labels = ((LaneLabels) read.reader()).laneLabels().stream()
                .collect(Collectors.toMap(LaneLabels.LaneLabel::lane, LaneLabels.LaneLabel::label));
        assertEquals(Map.of("1/2", "pid 1 / tid 2", "1/3", "pid 1 / worker", "", "no pid"), labels);
    }

    @Test
    void notATraceIsOneClearErrorNotACrash() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        ErrorCollectingContext.Read read = read("{\"something\": [1, 2, 3]}", context);
        assertEquals(List.of(), read.events());
        assertEquals(1, context.errors.size());
        assertTrue(context.errors.get(0).reason().contains("traceEvents"));
    }

    /** DevTools writes {"metadata": {...}, "traceEvents": [...]}: the key may come after more than the sniffer's head. */
    @Test
    void objectFormIsRecognisedWhenTraceEventsComesAfterABigMetadataObject() throws Exception {
        String bigMetadata = "{\"source\":\"DevTools\",\"sourceMaps\":[\"" + "m".repeat(100_000) + "\"]}";
        Path trace = dir.resolve("Trace-20260101.json");
        Files.writeString(trace, "{\"metadata\":" + bigMetadata + ",\n\"traceEvents\":["
                + "{\"ph\":\"X\",\"name\":\"a\",\"ts\":1,\"dur\":2,\"pid\":1,\"tid\":1}]}");
        assertEquals(95, format.sniff(LogInput.of(trace)));
        ErrorCollectingContext context = new ErrorCollectingContext();
        assertEquals(List.of("a", "a"), ErrorCollectingContext.readAll(format, trace, context).events().stream().map(Event::type).toList());
        assertEquals(List.of(), context.errors);

        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"metadata\":" + bigMetadata + ",\"events\":[{\"traceEvents\":1}]}");
        assertEquals(0, format.sniff(LogInput.of(other)), "a traceEvents key below the top level is no trace");
    }

    @Test
    void sniffRejectsOtherJson() throws Exception {
        Path other = dir.resolve("other.json");
        Files.writeString(other, "[{\"type\":\"Deposited\",\"at\":1}]");
        assertEquals(0, format.sniff(LogInput.of(other)));
        Path node = dir.resolve("node_trace.1.log");
        Files.writeString(node, "{\"traceEvents\":[{\"pid\":1,\"tid\":1,\"ph\":\"i\",\"ts\":1,\"name\":\"x\"}]}");
        assertEquals(100, format.sniff(LogInput.of(node)));
    }
}
