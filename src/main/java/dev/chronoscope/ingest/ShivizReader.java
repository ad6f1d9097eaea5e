package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.Severity;
import dev.chronoscope.event.VectorClock;
import dev.chronoscope.query.BoundedText;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Streams events out of a ShiViz log. The expression spans a fixed number of lines, so the reader
 * keeps exactly that many lines in a window and tries the expression at the window's start: on a
 * match the window's lines become one event, otherwise the first line is reported (blank lines are
 * skipped quietly, as ShiViz does between matches) and the window slides by one line, which
 * re-aligns after garbage.
 *
 * <p>Time: the first of the groups date, time, timestamp when the expression has one (an event
 * whose value does not parse gets no time). Without such a group events carry no time: a ShiViz
 * log orders its events by vector clocks, and times made up for them (once 1 ms apart) showed in
 * the table, in {@code info} and in time filters as if the log had them. The timeline lays such a
 * log out by offset, in log order (ADR 7).
 */
final class ShivizReader implements EventReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectReader TREE = JSON.reader();

    private final ShivizExpression expression;
    private final ShivizLines lines;
    private final ReadContext context;
    private final String timeGroup;
    private final boolean hasEvent;
    private final String typeGroup;
    private final String severityGroup;
    private final ShivizTime times = new ShivizTime();
    private final ArrayDeque<ShivizLines.Line> window = new ArrayDeque<>();
    private final StringBuilder joined = new StringBuilder();
    private final int[] lineStarts;
    private long records;
    private long steps;
    /**
     * Characters the matcher may read for one window: far above what a usable expression needs
     * (a few per character), far below what a backtracking one costs.
     */
    static final long MAX_STEPS_BASE = 1_000_000, MAX_STEPS_PER_CHAR = 1_000;
    private long unreadableTimes;
    private boolean ended;
    private boolean reported;

    ShivizReader(ShivizExpression expression, ShivizLines lines, ReadContext context) {
        this.expression = expression;
        this.lines = lines;
        this.context = context;
        this.timeGroup = first(expression.groups, "timestamp", "date", "time");
        this.hasEvent = expression.groups.contains("event");
        this.typeGroup = first(expression.groups, "type", "action");
        this.severityGroup = first(expression.groups, "severity", "level");
        this.lineStarts = new int[expression.lines];
        if (timeGroup == null) {
            context.warning("ShiViz log without a date/time/timestamp group: events carry no time; the timeline lays them out in log order");
        }
    }

    @Override
    public Event next() throws IOException {
        while (true) {
            if ((++steps & 0xFFF) == 0 && context.cancelled()) return null;
            fill();
            if (window.isEmpty()) {
                end();
                return null;
            }
            String text = join();
            Matcher m = expression.pattern.matcher(new BoundedText(text, MAX_STEPS_BASE + MAX_STEPS_PER_CHAR * text.length()));
            if (window.size() == expression.lines && lookingAt(m, text) && m.end() >= lineStarts[expression.lines - 1]) {
                Event e = toEvent(m);
                for (int i = 0; i < expression.lines; i++) window.poll();
                if (e != null) return e;
                continue;
            }
            ShivizLines.Line skipped = window.poll();
            if (!skipped.text().isBlank()) {
                context.error(skipped.file(), skipped.number(), ReadContext.PositionKind.LINE,
                        "does not match the ShiViz expression " + expression.source + " (expected " + expression.lines
                                + " line(s) per event, e.g. the event text, then the host and its clock {\"host\":n})");
            }
        }
    }

    /**
     * The user's expression at the window's start. One that backtracks without end (nested or
     * repeated {@code .*}) would cost hours on the first long line, and the same on each line
     * after: it is an unusable argument, told with the line it gave up on.
     */
    private boolean lookingAt(Matcher m, String text) throws IOException {
        try {
            return m.lookingAt();
        } catch (BoundedText.OutOfSteps | StackOverflowError e) {
            ShivizLines.Line first = window.peek();
            throw new IOException("line " + first.number() + " of " + java.nio.file.Path.of(first.file()).getFileName()
                    + ": the ShiViz expression " + expression.source
                    + " gave up on the " + text.length() + " characters from here ("
                    + BoundedText.whyGaveUp(e)
                    + "); simplify it, e.g. fewer .* in a row", e);
        }
    }

    @Override
    public long recordsRead() {
        return records;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    /** The window's event, or null when it is reported instead (an error, not a record: cli.md). */
    private Event toEvent(Matcher m) {
        ShivizLines.Line first = window.peek();
        ShivizLines.Line clockLine = lineOf(m.start("clock"));
        String host = m.group("host");
        if (host == null || host.isEmpty()) {
            context.error(clockLine.file(), clockLine.number(), ReadContext.PositionKind.LINE,
                    "no host name before the vector clock");
            return null;
        }
        ObjectNode clockJson;
        VectorClock clock;
        try {
            clockJson = parseClockJson(m.group("clock"));
            clock = toClock(clockJson);
        } catch (IllegalArgumentException | IOException bad) {
            context.error(clockLine.file(), clockLine.number(), ReadContext.PositionKind.LINE,
                    "bad vector clock " + m.group("clock") + ": " + bad.getMessage());
            return null;
        }
        ObjectNode record = JSON.createObjectNode();
        for (String group : expression.groups) {
            String value = m.group(group);
            if (value == null || group.equals("clock")) continue;
            record.put(group, value);
        }
        record.set("clock", clockJson);
        String text = hasEvent && m.group("event") != null ? m.group("event") : "";
        long time = time(m);
        Severity severity = severityGroup == null ? null : Severity.parse(m.group(severityGroup));
        records++;
        return new Event(Event.UNASSIGNED, time, type(m, text), host, severity, null, Event.NO_DURATION, null,
                List.of(), clock, record, record, first.number());
    }

    private long time(Matcher m) {
        if (timeGroup == null) return Event.NO_TIME;
        long t = times.parse(m.group(timeGroup));
        if (t == Event.NO_TIME) unreadableTimes++;
        return t;
    }

    /** A group named type or action, else the event text's first word: short, and repeats across events. */
    private String type(Matcher m, String text) {
        if (typeGroup != null && m.group(typeGroup) != null) return m.group(typeGroup);
        String trimmed = text.strip();
        int space = 0;
        while (space < trimmed.length() && !Character.isWhitespace(trimmed.charAt(space))) space++;
        String word = trimmed.substring(0, Math.min(space, 64));
        return word.isEmpty() ? "event" : word;
    }

    private static ObjectNode parseClockJson(String text) throws IOException {
        JsonNode node = TREE.readTree(text);
        if (node == null || !node.isObject()) throw new IllegalArgumentException("expected a JSON object host → counter");
        return (ObjectNode) node;
    }

    private static VectorClock toClock(ObjectNode json) {
        Map<String, Long> entries = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = json.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode v = f.getValue();
            if (!v.canConvertToExactIntegral() || v.asLong() < 0) {
                throw new IllegalArgumentException("counter of " + f.getKey() + " is " + v + ", expected a whole number ≥ 0");
            }
            entries.put(f.getKey(), v.asLong());
        }
        if (entries.isEmpty()) throw new IllegalArgumentException("the clock has no entries");
        return new VectorClock(entries);
    }

    private void fill() throws IOException {
        while (window.size() < expression.lines && !ended) {
            ShivizLines.Line line = lines.next();
            if (line == null) ended = true;
            else window.add(line);
        }
    }

    private String join() {
        joined.setLength(0);
        int i = 0;
        for (ShivizLines.Line line : window) {
            if (i > 0) joined.append('\n');
            lineStarts[i++] = joined.length();
            joined.append(line.text());
        }
        return joined.toString();
    }

    private ShivizLines.Line lineOf(int position) {
        ShivizLines.Line result = window.peek();
        int i = 0;
        for (ShivizLines.Line line : window) {
            if (lineStarts[i++] <= position) result = line;
        }
        return result;
    }

    /** Says once what the user should know about the whole read. */
    private void end() {
        if (reported) return;
        reported = true;
        int seen = lines.missingExecution();
        if (seen >= 0) {
            context.warning(ShivizFormat.MISSING_EXECUTION + seen + " execution(s); execution " + lines.wanted()
                    + " (0-based) does not exist, so nothing was read");
        }
        if (unreadableTimes > 0) {
            context.warning(unreadableTimes + " ShiViz event(s) have a " + timeGroup + " that is no known time format; they have no time");
        }
    }

    private static String first(List<String> groups, String... names) {
        for (String n : names) if (groups.contains(n)) return n;
        return null;
    }
}
