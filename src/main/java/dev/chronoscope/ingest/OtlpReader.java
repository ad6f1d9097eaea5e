package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
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
 * stably by start time ({@link OtlpSortedSpans}: in memory, or in runs on disk for large logs),
 * and a synthetic {@code span.end} event is merged in at each span's end time (record
 * {@code {traceId, spanId, name, closes: spanId, status}}; ends that tie come out innermost first,
 * and before a span starting at the same instant). So "the spans open at the cursor" is a plain
 * fold: a span opens at its event and closes at its {@code span.end}.
 *
 * <p>The parent relation is checked while reading: a span that is its own parent loses that link
 * (reported), and each parent cycle is reported with its span ids (its links are kept: they are
 * what the log says; nothing here walks them).
 */
final class OtlpReader implements EventReader {

    /** A span.end waiting for its time; {@code start} and {@code seq} order ends that tie. */
    private record End(long time, long start, long seq, Event event) {}

    private static final Comparator<End> END_ORDER = (a, b) -> {
        if (a.time() != b.time()) return Long.compare(a.time(), b.time());
        if (a.start() != b.start()) return Long.compare(b.start(), a.start());
        return Long.compare(b.seq(), a.seq());
    };

    private static final int NAMED_SELF_PARENTS = 10;

    private final LogInput input;
    private final ReadContext context;
    private final OtlpSortedSpans sorted;
    private final OtlpParents parents = new OtlpParents();
    private final OtlpSpanParser parser;
    private final OtlpSpanStream stream;
    private final OtlpSpanEvents events = new OtlpSpanEvents();
    private final PriorityQueue<End> ends = new PriorityQueue<>(END_ORDER);
    private final List<ObjectNode> firstRecords = new ArrayList<>();

    private long openEnded;
    private long spansRead;
    private long selfParents;
    private boolean loaded;
    private OtlpSpan lookahead;
    private long emitted;

    OtlpReader(LogInput input, ReadContext context) {
        this(input, context, OtlpSortedSpans.NO_SPAN_LIMIT);
    }

    /** {@code runSpans} bounds the spans sorted in memory at once (besides their bytes). */
    OtlpReader(LogInput input, ReadContext context, int runSpans) {
        this.input = input;
        this.context = context;
        this.sorted = new OtlpSortedSpans(runSpans);
        this.parser = new OtlpSpanParser(context, this::accept);
        this.stream = new OtlpSpanStream(parser);
    }

    @Override
    public Event next() throws IOException {
        if (!loaded) load();
        if (lookahead != null && (ends.isEmpty() || ends.peek().time() > lookahead.start())) {
            OtlpSpan span = lookahead;
            Event event = events.event(span);
            if (span.hasDuration()) ends.add(new End(span.start() + span.duration(), span.start(), emitted, events.endEvent(span, event)));
            emitted++;
            lookahead = sorted.next();
            return event;
        }
        End end = ends.poll();
        return end == null ? null : end.event();
    }

    private void accept(OtlpSpan span) {
        spansRead++;
        if (span.isOwnParent()) {
            if (selfParents++ < NAMED_SELF_PARENTS) {
                context.warning(input.path() + ": span " + OtlpIds.hex(span.spanId()) + " (trace "
                        + OtlpIds.hex(span.traceHigh(), span.traceLow()) + ") names itself as its parent; that link is dropped");
            }
        } else {
            parents.add(span.traceHigh(), span.traceLow(), span.spanId(), span.parentSpanId());
        }
        if (!span.hasDuration()) openEnded++;
        if (firstRecords.size() < 16) firstRecords.add(events.event(span).record());
        sorted.add(span);
    }

    private void load() throws IOException {
        loaded = true;
        for (Path file : input.files()) {
            if (context.cancelled()) break;
            try (JsonDocuments documents = new JsonDocuments(file, context, "an OTLP traces object")) {
                String name = file.toString();
                while (documents.next(p -> stream.document(p, name, documents.line()),
                        tree -> parser.document(tree, name, documents.line()))) {
                    if (context.cancelled()) break;
                }
            }
            context.bytesRead(Files.size(file));
        }
        // The pipeline folds with the profile chosen before the first event (ours: "otlp").
        context.chooseProfile(firstRecords);
        firstRecords.clear();
        reportParents();
        if (openEnded > 0) {
            context.warning(input.path() + ": " + openEnded
                    + " span(s) without a valid endTimeUnixNano (missing or before the start); they stay open");
        }
        sorted.finishAdding();
        lookahead = sorted.next();
    }

    private void reportParents() {
        if (selfParents > NAMED_SELF_PARENTS) {
            context.warning(input.path() + ": " + (selfParents - NAMED_SELF_PARENTS)
                    + " more span(s) name themselves as their parent; those links are dropped");
        }
        if (parents.overflowed()) {
            context.warning(input.path() + ": parent cycles were not checked (more than "
                    + OtlpParents.MAX_SPANS + " spans with parents); nothing here walks parents, so none can hang");
            return;
        }
        for (List<String> cycle : parents.cycles()) {
            context.warning(input.path() + ": parent cycle among spans " + String.join(" -> ", cycle)
                    + " (trace:span); the links are kept as written");
        }
    }

    @Override
    public long recordsRead() {
        // the spans that could not be read are errors, as a bad line of JSON Lines is (cli.md)
        return spansRead;
    }

    @Override
    public void close() throws IOException {
        ends.clear();
        sorted.close();
    }
}
