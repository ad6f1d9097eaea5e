package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Spans sorted stably by start time without holding a large log in memory: spans are collected
 * in runs of at most {@link #RUN_BYTES} (by {@link OtlpSpan#footprint()}) or a given number of
 * spans; a full run is sorted and spilled to a temporary file, and the runs are merged at the end
 * (ties go to the earlier run, so the sort stays stable). A log that fits in one run never touches
 * the disk. Resources and scopes, shared by many spans, stay in memory and are written as indexes.
 * Temporary files are deleted on {@link #close()}.
 */
final class OtlpSortedSpans implements Closeable {

    /** The spans held at once take about this much memory (a usual span about 200 bytes). */
    static final long RUN_BYTES = 64L << 20;
    /** For {@link #OtlpSortedSpans(int)}: runs limited by their bytes only. */
    static final int NO_SPAN_LIMIT = Integer.MAX_VALUE;
    private static final Comparator<OtlpSpan> BY_START = (a, b) -> Long.compare(a.start(), b.start());
    private static final Comparator<Head> BY_START_THEN_RUN = (a, b) -> {
        int byStart = Long.compare(a.span().start(), b.span().start());
        return byStart != 0 ? byStart : Integer.compare(a.run(), b.run());
    };

    private final int runSpans;
    private final List<OtlpSpan> buffer = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private final Map<ObjectNode, Integer> sharedIndex = new IdentityHashMap<>();
    private final List<ObjectNode> shared = new ArrayList<>();
    private final List<DataInputStream> readers = new ArrayList<>();
    private final OtlpSpanBytes bytes = new OtlpSpanBytes();
    private long bufferBytes;
    private PriorityQueue<Head> heads;
    private int nextInMemory;

    private record Head(OtlpSpan span, int run) {}

    /** Runs of at most {@code runSpans} spans (and at most {@link #RUN_BYTES}). */
    OtlpSortedSpans(int runSpans) {
        this.runSpans = runSpans;
    }

    void add(OtlpSpan span) {
        if (buffer.size() >= runSpans || bufferBytes >= RUN_BYTES) {
            try {
                spill();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write a sort run to the temporary folder", e);
            }
        }
        buffer.add(span);
        bufferBytes += span.footprint();
    }

    /** Ends the adding; from now on {@link #next()} hands out spans by start time. */
    void finishAdding() throws IOException {
        if (runs.isEmpty()) {
            buffer.sort(BY_START);
            return;
        }
        if (!buffer.isEmpty()) spill();
        heads = new PriorityQueue<>(BY_START_THEN_RUN);
        for (int r = 0; r < runs.size(); r++) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(runs.get(r)), 1 << 16));
            readers.add(in);
            OtlpSpan first = read(in);
            if (first != null) heads.add(new Head(first, r));
        }
    }

    /** True when the spans did not fit in one run and were sorted on disk. */
    boolean spilled() {
        return !runs.isEmpty();
    }

    /** The next span by start time, or null after the last. */
    OtlpSpan next() throws IOException {
        if (heads == null) {
            if (nextInMemory >= buffer.size()) return null;
            OtlpSpan span = buffer.get(nextInMemory);
            buffer.set(nextInMemory++, null); // emitted spans need not stay here
            return span;
        }
        Head head = heads.poll();
        if (head == null) return null;
        OtlpSpan following = read(readers.get(head.run()));
        if (following != null) heads.add(new Head(following, head.run()));
        return head.span();
    }

    private void spill() throws IOException {
        buffer.sort(BY_START);
        Path run = Files.createTempFile("chronoscope-otlp-run", ".bin");
        run.toFile().deleteOnExit();
        runs.add(run);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
            for (OtlpSpan span : buffer) write(span, out);
        }
        buffer.clear();
        bufferBytes = 0;
    }

    private void write(OtlpSpan s, DataOutputStream out) throws IOException {
        bytes.write(s, sharedIndexOf(s.resource()), sharedIndexOf(s.scope()), out);
    }

    private OtlpSpan read(DataInputStream in) throws IOException {
        return bytes.read(in, shared);
    }

    private int sharedIndexOf(ObjectNode node) {
        return sharedIndex.computeIfAbsent(node, n -> {
            shared.add(n);
            return shared.size() - 1;
        });
    }

    @Override
    public void close() throws IOException {
        for (DataInputStream in : readers) in.close();
        for (Path run : runs) Files.deleteIfExists(run);
        buffer.clear();
    }
}
