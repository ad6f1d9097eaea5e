package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.Link;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * OTLP spans in time order. Exporters write a span when it ends, so children come before their
 * parents; the whole log is read first (this format {@code sortsByTime}), the spans are sorted
 * stably by start time, and a synthetic {@code span.end} event is merged in at each span's end
 * time (record {@code {traceId, spanId, name, closes: spanId, status}}; ends that tie come out
 * innermost first, and before a span starting at the same instant). So "the spans open at the
 * cursor" is a plain fold: a span opens at its event and closes at its {@code span.end}.
 *
 * <p>Before anything is emitted the parent relation is checked: a span that is its own parent
 * loses that link (reported), and each parent cycle is reported with its span ids (its links are
 * kept: they are what the log says; nothing here walks them).
 */
final class OtlpReader implements EventReader {

    private record End(long time, long start, int index, Event span) {}

    private static final Comparator<End> END_ORDER = Comparator.comparingLong(End::time)
            .thenComparing(Comparator.comparingLong(End::start).reversed())
            .thenComparing(Comparator.comparingInt(End::index).reversed());

    private final LogInput input;
    private final ReadContext context;
    private final List<Event> spans = new ArrayList<>();
    private final OtlpSpanParser parser;
    private final PriorityQueue<End> ends = new PriorityQueue<>(END_ORDER);
    private boolean loaded;
    private int nextSpan;

    OtlpReader(LogInput input, ReadContext context) {
        this.input = input;
        this.context = context;
        this.parser = new OtlpSpanParser(context, spans::add);
    }

    @Override
    public Event next() throws IOException {
        if (!loaded) load();
        if (nextSpan < spans.size()) {
            Event span = spans.get(nextSpan);
            if (ends.isEmpty() || ends.peek().time() > span.time()) {
                if (span.hasDuration()) ends.add(new End(span.endTime(), span.time(), nextSpan, span));
                spans.set(nextSpan, null); // emitted starts need not stay in memory twice
                nextSpan++;
                return span;
            }
        }
        End end = ends.poll();
        return end == null ? null : endEvent(end);
    }

    private Event endEvent(End end) {
        Event span = end.span();
        ObjectNode record = OtlpValues.NODES.objectNode();
        JsonNode source = span.record();
        record.set("traceId", source.get("traceId"));
        record.set("spanId", source.get("spanId"));
        record.set("name", source.get("name"));
        record.put("closes", span.id());
        if (source.has("status")) record.set("status", source.get("status"));
        return new Event(Event.UNASSIGNED, end.time(), "span.end", span.lane(), span.severity(), null,
                Event.NO_DURATION, span.chain(), List.of(), null, record, null, span.line());
    }

    private void load() throws IOException {
        loaded = true;
        for (Path file : input.files()) {
            if (context.cancelled()) break;
            try (JsonDocuments documents = new JsonDocuments(file, context, "an OTLP traces object")) {
                JsonNode document;
                while ((document = documents.next()) != null) {
                    parser.document(document, file.toString(), documents.line());
                    if (context.cancelled()) break;
                }
            }
            context.bytesRead(Files.size(file));
        }
        spans.sort(Comparator.comparingLong(Event::time));
        checkParents();
        reportOpenEnded();
    }

    private void checkParents() {
        OtlpParents parents = new OtlpParents();
        for (int i = 0; i < spans.size(); i++) {
            Event span = spans.get(i);
            String parent = span.record().path("parentSpanId").asText(null);
            if (span.id().equals(parent)) {
                context.warning(input.path() + ": span " + span.id() + " (trace " + span.chain()
                        + ") names itself as its parent; that link is dropped");
                spans.set(i, withoutSelfParent(span));
            } else {
                parents.add(span.chain(), span.id(), parent);
            }
        }
        for (List<String> cycle : parents.cycles()) {
            context.warning(input.path() + ": parent cycle among spans " + String.join(" -> ", cycle)
                    + " (trace:span); the links are kept as written");
        }
    }

    private static Event withoutSelfParent(Event span) {
        List<Link> links = new ArrayList<>(span.links());
        links.removeIf(l -> l.kind().equals("parent") && l.ref().equals(span.id()));
        return new Event(span.offset(), span.time(), span.type(), span.lane(), span.severity(), span.id(),
                span.duration(), span.chain(), links, span.clock(), span.record(), span.body(), span.line());
    }

    private void reportOpenEnded() {
        long open = spans.stream().filter(s -> !s.hasDuration()).count();
        if (open > 0) {
            context.warning(input.path() + ": " + open
                    + " span(s) without a valid endTimeUnixNano (missing or before the start); they stay open");
        }
    }

    @Override
    public long recordsRead() {
        return parser.spans();
    }

    @Override
    public void close() {
        spans.clear();
        ends.clear();
    }
}
