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
 * parents; the whole log is read first (this format {@code sortsByTime}; spans are held compactly,
 * see {@link OtlpSpan}), the spans are sorted stably by start time, and a synthetic
 * {@code span.end} event is merged in at each span's end time (record {@code {traceId, spanId,
 * name, closes: spanId, status}}; ends that tie come out innermost first, and before a span
 * starting at the same instant). So "the spans open at the cursor" is a plain fold: a span opens
 * at its event and closes at its {@code span.end}.
 *
 * <p>Before anything is emitted the parent relation is checked: a span that is its own parent
 * loses that link (reported), and each parent cycle is reported with its span ids (its links are
 * kept: they are what the log says; nothing here walks them).
 */
final class OtlpReader implements EventReader {

    private record End(long time, long start, int index, OtlpSpan span) {}

    private static final Comparator<End> END_ORDER = Comparator.comparingLong(End::time)
            .thenComparing(Comparator.comparingLong(End::start).reversed())
            .thenComparing(Comparator.comparingInt(End::index).reversed());

    private final LogInput input;
    private final ReadContext context;
    private final List<OtlpSpan> spans = new ArrayList<>();
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
            OtlpSpan span = spans.get(nextSpan);
            if (ends.isEmpty() || ends.peek().time() > span.start()) {
                if (span.hasDuration()) ends.add(new End(span.end(), span.start(), nextSpan, span));
                spans.set(nextSpan++, null); // an emitted span is held by its pending end at most
                return span.toEvent();
            }
        }
        End end = ends.poll();
        return end == null ? null : end.span().endEvent();
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
        spans.sort(Comparator.comparingLong(OtlpSpan::start));
        chooseProfile();
        checkParents();
        reportOpenEnded();
    }

    /** The pipeline folds with the profile chosen before the first event (ours: "otlp"). */
    private void chooseProfile() {
        List<ObjectNode> first = new ArrayList<>();
        for (int i = 0; i < Math.min(16, spans.size()); i++) first.add(spans.get(i).toEvent().record());
        context.chooseProfile(first);
    }

    private void checkParents() {
        OtlpParents parents = new OtlpParents();
        for (int i = 0; i < spans.size(); i++) {
            OtlpSpan span = spans.get(i);
            if (span.spanId().equals(span.parentSpanId())) {
                context.warning(input.path() + ": span " + span.spanId() + " (trace " + span.traceId()
                        + ") names itself as its parent; that link is dropped");
                List<Link> links = new ArrayList<>(span.links());
                links.removeIf(l -> l.kind().equals("parent"));
                spans.set(i, span.withLinks(links));
            } else {
                parents.add(span.traceId(), span.spanId(), span.parentSpanId());
            }
        }
        for (List<String> cycle : parents.cycles()) {
            context.warning(input.path() + ": parent cycle among spans " + String.join(" -> ", cycle)
                    + " (trace:span); the links are kept as written");
        }
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
