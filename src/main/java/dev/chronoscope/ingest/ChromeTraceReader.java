package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.Link;
import dev.chronoscope.profile.Profile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Chrome trace records → events, in file order. Each non-metadata record becomes one event
 * (type = the event's {@code name}, an unnamed 'E' taking its slice's; {@code cat} stays in the
 * record; lane = "pid/tid"; time = ts in ns; duration = dur for 'X'). A complete 'X' also yields a synthetic end event (type = its
 * name, record {@code {"ph":"E", "closes":<slice id>, "synthetic":true, ...}}) placed before the
 * first later record, so that "open at the cursor" is a plain fold. Slices ('B', 'X') get ids
 * {@code slice:<n>}; flows become {@code flow} links (see {@link ChromeFlows}); Node's
 * {@code args.data.triggerAsyncId} / {@code executionAsyncId} become {@code parent} /
 * {@code execution} links between ids {@code async:<pid>:<asyncId>}. Metadata ('M') records
 * produce no event: they feed the lane table ({@link LaneLabels}), complete at the end. Async and
 * object events are events like any other; ends that end nothing are reported ({@link ChromeEnds}).
 */
final class ChromeTraceReader implements EventReader, LaneLabels {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final LogInput input;
    /** Replaced once, when the trace is read twice, by one that counts each pass's bytes as half. */
    private ReadContext context;
    private final ChromeLaneTable lanes = new ChromeLaneTable();
    private final ChromeSlices slices = new ChromeSlices();
    private ChromeFlows flows;
    private final ChromeEnds ends = new ChromeEnds();
    private final ArrayDeque<Event> ready = new ArrayDeque<>();
    private ChromeJsonStream stream;
    private String fileName;
    private int nextFile;
    private long records;
    /** Non-metadata objects looked at, usable or not: the pace of cancellation checks. */
    private long looked;
    private long flowSeq;
    private long openEndedX;
    private boolean finished;
    private boolean profileChosen;

    ChromeTraceReader(LogInput input, ReadContext context) {
        this(input, context, null);
    }

    /** {@code flows} null: found on the first {@link #next()}, planned ahead if the trace needs it. */
    private ChromeTraceReader(LogInput input, ReadContext context, ChromeFlows flows) {
        this.input = input;
        this.context = context;
        this.flows = flows;
    }

    @Override
    public Event next() throws IOException {
        if (flows == null) flows = planFlows();
        while (ready.isEmpty()) {
            if (finished) return null;
            ObjectNode record = nextRecord();
            if (record == null) {
                finish();
            } else {
                read(record, stream.line());
            }
        }
        return ready.poll();
    }

    /**
     * A flow step, and a flow end with {@code "bp":"e"}, links the slice enclosing it, emitted
     * before it: such bindings are found by reading the trace once before (quietly: its problems
     * are reported by this pass). A trace with neither the key "bp" nor a step is read once.
     */
    private ChromeFlows planFlows() throws IOException {
        if (!ChromeFlows.mayBindToEnclosing(input.files())) return new ChromeFlows();
        // Progress counts bytes against the trace's size: each pass moves it half way, so the bar
        // moves during the first pass too, and ends at the size, not twice it.
        context = new HalfBytesContext(context);
        ChromeFlows planned = new ChromeFlows(new HashMap<>(), true);
        try (ChromeTraceReader firstPass = new ChromeTraceReader(input, new QuietContext(context), planned)) {
            while (firstPass.next() != null) {
                // only the flows' bookkeeping is wanted
            }
        }
        return new ChromeFlows(planned.boundToEnclosing(), false);
    }

    /** A context that passes everything on to another; the two below change one part each. */
    private abstract static class ForwardingContext implements ReadContext {
        final ReadContext outer;

        ForwardingContext(ReadContext outer) {
            this.outer = outer;
        }

        @Override
        public void error(String file, long position, PositionKind positionKind, String reason) {
            outer.error(file, position, positionKind, reason);
        }

        @Override
        public void warning(String message) {
            outer.warning(message);
        }

        @Override
        public void bytesRead(long delta) {
            outer.bytesRead(delta);
        }

        @Override
        public boolean cancelled() {
            return outer.cancelled();
        }

        @Override
        public ReaderOptions options() {
            return outer.options();
        }

        @Override
        public Profile chooseProfile(List<ObjectNode> firstRecords) {
            return outer.chooseProfile(firstRecords);
        }
    }

    /** The first pass's context: the user hears about the trace's problems once, from the second. */
    private static final class QuietContext extends ForwardingContext {
        QuietContext(ReadContext outer) {
            super(outer);
        }

        @Override
        public void error(String file, long position, PositionKind positionKind, String reason) {}

        @Override
        public void warning(String message) {}

        @Override
        public Profile chooseProfile(List<ObjectNode> firstRecords) {
            return null;
        }
    }

    /** Passes on half of the bytes read: for a trace read twice, whose progress is one read. */
    private static final class HalfBytesContext extends ForwardingContext {
        private long read;

        HalfBytesContext(ReadContext outer) {
            super(outer);
        }

        @Override
        public void bytesRead(long delta) {
            long before = read / 2;
            read += delta;
            if (read / 2 > before) outer.bytesRead(read / 2 - before);
        }
    }

    private ObjectNode nextRecord() throws IOException {
        while (true) {
            if (stream != null) {
                ObjectNode record = stream.next();
                if (record != null) return record;
                stream.close();
                stream = null;
            }
            if (nextFile >= input.files().size() || context.cancelled()) return null;
            Path file = input.files().get(nextFile++);
            fileName = file.toString();
            stream = new ChromeJsonStream(file, context);
        }
    }

    private void read(ObjectNode record, long line) {
        if (!profileChosen) {
            // The pipeline folds with the profile chosen before the first event (ours: "chrome").
            context.chooseProfile(List.of(record));
            profileChosen = true;
        }
        String phase = ChromeIds.text(record.get("ph"));
        if (phase.equals("M")) {
            lanes.metadata(record);
            return;
        }
        if (++looked % 4096 == 0 && context.cancelled()) {
            finished = true;
            return;
        }
        if (phase.isEmpty()) {
            context.error(fileName, line, ReadContext.PositionKind.LINE, "trace event without \"ph\" (its phase)");
            return;
        }
        long time = ChromeIds.microsToNanos(record.get("ts"), Event.NO_TIME);
        if (time == Event.NO_TIME) {
            JsonNode ts = record.get("ts");
            context.error(fileName, line, ReadContext.PositionKind.LINE, ts != null && ts.isNumber()
                    ? "\"ts\" " + ts + " is out of range: microseconds beyond about ±292 years of 0 are no time in ns"
                    : "expected a number of microseconds in \"ts\", found " + describe(ts));
            return;
        }
        // Counted only now: an object that is no event is an error, as a bad line of JSON Lines is.
        records++;
        slices.endsUpTo(time, this::emitEnd);
        String name = ChromeIds.text(record.get("name"));
        String lane = lanes.laneOf(record);
        switch (phase.charAt(0)) {
            case 'B' -> startSlice(record, name, lane, false, time, Event.NO_DURATION, line);
            case 'X' -> {
                long duration = ChromeIds.microsToNanos(record.get("dur"), Event.NO_DURATION);
                if (duration < 0) {
                    duration = Event.NO_DURATION;
                    openEndedX++;
                }
                startSlice(record, name, lane, true, time, duration, line);
            }
            case 'E' -> {
                // Writers often leave an 'E' unnamed: it takes the name of the slice it ends.
                ChromeSlices.Slice closed = slices.closeBegin(lane, line);
                String type = name.isEmpty() && closed != null ? closed.name : name;
                emit(record, time, type, lane, null, Event.NO_DURATION, List.of(), line);
            }
            case 's', 't', 'f' -> {
                ChromeSlices.Slice enclosing = slices.enclosing(lane, time);
                String ownId = enclosing == null ? "flow:" + flowSeq++ : null;
                List<Link> links = flows.flowEvent(phase.charAt(0), record, lane, time, enclosing == null ? null : enclosing.id, ownId);
                emit(record, time, name, lane, ownId, Event.NO_DURATION, links, line);
            }
            default -> {
                if (phase.length() == 1) ends.record(phase.charAt(0), record, name, lane, line);
                emitWithAsyncLinks(record, time, name, lane, line);
            }
        }
    }

    private void startSlice(ObjectNode record, String name, String lane, boolean complete, long time,
                            long duration, long line) {
        ChromeSlices.Slice slice = slices.open(record, name, lane, complete, time, duration, line);
        List<Link> links = flows.sliceStarts(record, lane, time, slice.id);
        emit(record, time, name, lane, slice.id, duration, links, line);
    }

    /** Node's async_hooks events name the resource that triggered them: parent links. */
    private void emitWithAsyncLinks(ObjectNode record, long time, String name, String lane, long line) {
        JsonNode data = record.path("args").path("data");
        String trigger = ChromeIds.asyncId(data.get("triggerAsyncId"));
        String self = trigger == null ? null : ChromeIds.asyncId(record.get("id"));
        if (self == null) {
            emit(record, time, name, lane, null, Event.NO_DURATION, List.of(), line);
            return;
        }
        String prefix = "async:" + ChromeIds.text(record.get("pid")) + ":";
        List<Link> links = new ArrayList<>(2);
        links.add(new Link("parent", prefix + trigger));
        String execution = ChromeIds.asyncId(data.get("executionAsyncId"));
        if (execution != null && !execution.equals(trigger)) links.add(new Link("execution", prefix + execution));
        emit(record, time, name, lane, prefix + self, Event.NO_DURATION, links, line);
    }

    private void emit(ObjectNode record, long time, String name, String lane, String id, long duration,
                      List<Link> links, long line) {
        ready.add(new Event(Event.UNASSIGNED, time, name, lane, null, id, duration, null, links,
                null, record, null, line));
    }

    private void emitEnd(ChromeSlices.Slice slice) {
        ObjectNode source = slice.record;
        ObjectNode end = NODES.objectNode();
        end.put("name", slice.name);
        if (source.has("cat")) end.set("cat", source.get("cat"));
        end.put("ph", "E");
        if (slice.end % 1000 == 0) end.put("ts", slice.end / 1000); else end.put("ts", slice.end / 1000.0);
        if (source.has("pid")) end.set("pid", source.get("pid"));
        if (source.has("tid")) end.set("tid", source.get("tid"));
        end.put("closes", slice.id);
        end.put("synthetic", true);
        ready.add(new Event(Event.UNASSIGNED, slice.end, slice.name, slice.lane, null, null,
                Event.NO_DURATION, null, List.of(), null, end, null, slice.line));
    }

    private void finish() {
        finished = true;
        slices.endsUpTo(Long.MAX_VALUE - 1, this::emitEnd);
        String source = input.path().toString();
        slices.reportImbalance(context, source);
        ends.report(context, source);
        flows.report(context, source);
        if (openEndedX > 0) {
            context.warning(source + ": " + openEndedX
                    + " 'X' event(s) without \"dur\" (still running when tracing stopped); kept open to the end");
        }
    }

    private static String describe(JsonNode node) {
        if (node == null) return "nothing";
        if (node.isObject()) return "an object";
        if (node.isArray()) return "an array";
        return node.toString();
    }

    @Override
    public List<LaneLabel> laneLabels() {
        return lanes.labels();
    }

    @Override
    public long recordsRead() {
        return records;
    }

    @Override
    public void close() throws IOException {
        if (stream != null) stream.close();
    }
}
