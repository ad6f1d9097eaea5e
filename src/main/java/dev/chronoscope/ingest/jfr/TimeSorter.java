package dev.chronoscope.ingest.jfr;

import dev.chronoscope.event.Event;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A stable external sort of events by (time, sequence). Events are buffered as encoded bytes up to
 * a byte budget; a full buffer is sorted and spilled to a temporary run file, and at the end the
 * runs are merged with a priority queue, one buffered entry per run in memory. So memory stays
 * bounded by the budget whatever the recording's size, and a recording that fits the budget never
 * touches the disk. Temporary files are deleted on close.
 */
final class TimeSorter implements Closeable {
    private static final Comparator<Entry> ORDER =
            Comparator.comparingLong((Entry e) -> e.time).thenComparingLong(e -> e.seq);

    private record Entry(long time, long seq, byte[] bytes) {}

    private final long budgetBytes;
    private final EventCodec codec = new EventCodec();
    private final List<Entry> buffer = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private long buffered;
    private List<Entry> memoryOrder;
    private int memoryIndex;
    private PriorityQueue<Run> merge;
    private final List<Run> open = new ArrayList<>();

    TimeSorter(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /** Adds an event; {@code seq} breaks ties between equal times (read order keeps the sort stable). */
    void add(Event e, long seq) throws IOException {
        byte[] bytes = codec.encode(e);
        buffer.add(new Entry(e.time(), seq, bytes));
        buffered += bytes.length + 48;
        if (buffered >= budgetBytes) spill();
    }

    /** Call once after the last add; then {@link #next} yields events in order. */
    void finish() throws IOException {
        if (runs.isEmpty()) {
            buffer.sort(ORDER);
            memoryOrder = buffer;
            return;
        }
        if (!buffer.isEmpty()) spill();
        merge = new PriorityQueue<>(Comparator.comparing((Run r) -> r.head, ORDER));
        for (Path p : runs) {
            Run r = new Run(new DataInputStream(new BufferedInputStream(Files.newInputStream(p), 1 << 16)));
            open.add(r);
            if (r.advance()) merge.add(r);
        }
    }

    Event next() throws IOException {
        if (memoryOrder != null) {
            if (memoryIndex >= memoryOrder.size()) return null;
            Entry e = memoryOrder.get(memoryIndex);
            memoryOrder.set(memoryIndex++, null);
            return codec.decode(e.bytes);
        }
        Run r = merge.poll();
        if (r == null) return null;
        Event e = codec.decode(r.head.bytes);
        if (r.advance()) merge.add(r);
        return e;
    }

    private void spill() throws IOException {
        buffer.sort(ORDER);
        Path run = Files.createTempFile("chronoscope-jfr-run", ".bin");
        runs.add(run);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
            for (Entry e : buffer) {
                out.writeLong(e.time);
                out.writeLong(e.seq);
                out.writeInt(e.bytes.length);
                out.write(e.bytes);
            }
        }
        buffer.clear();
        buffered = 0;
    }

    @Override
    public void close() throws IOException {
        for (Run r : open) r.in.close();
        for (Path p : runs) Files.deleteIfExists(p);
        buffer.clear();
        memoryOrder = null;
    }

    private static final class Run {
        final DataInputStream in;
        Entry head;

        Run(DataInputStream in) {
            this.in = in;
        }

        boolean advance() throws IOException {
            try {
                long time = in.readLong();
                long seq = in.readLong();
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                head = new Entry(time, seq, bytes);
                return true;
            } catch (EOFException end) {
                head = null;
                return false;
            }
        }
    }
}
