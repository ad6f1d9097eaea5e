package dev.chronoscope.bench;

import dev.chronoscope.event.Event;
import dev.chronoscope.ingest.EventReader;
import dev.chronoscope.ingest.LogFormat;
import dev.chronoscope.ingest.LogFormats;
import dev.chronoscope.ingest.LogInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reader throughput per format ({@code bench --readers}): for each format an input of about N
 * records is written to a temporary folder, then the reader alone is run over it (LogFormat.open
 * and EventReader.next until the end; no store, no fold) once to warm up, then {@value #TIMED_PASSES}
 * times timed, on this thread. Wall-clock and thread CPU time are taken per pass and the best of
 * each is reported: on a machine shared with other work the slower passes measure the others.
 */
public final class ReaderBenchmark {
    private static final int TIMED_PASSES = 3;

    private final PrintWriter progress;

    public ReaderBenchmark(PrintWriter progress) {
        this.progress = progress;
    }

    /** Every format with a benchmark input, in a fixed order. */
    public static List<String> formats() {
        return ReaderInputs.formats();
    }

    public List<ReaderResult> run(long records) throws IOException {
        return run(records, formats());
    }

    public List<ReaderResult> run(long records, List<String> formats) throws IOException {
        Path dir = Files.createTempDirectory("chronoscope-readers");
        try {
            List<ReaderResult> results = new ArrayList<>();
            for (String name : formats) {
                progress.printf("%s: writing about %,d records...%n", name, records);
                progress.flush();
                Path input = ReaderInputs.make(name, dir, records);
                LogFormat format = LogFormats.byName(name);
                LogInput log = LogInput.of(input);
                progress.printf("%s: reading %,d bytes...%n", name, log.totalBytes());
                progress.flush();
                readOnce(format, log);
                results.add(timed(format, log));
            }
            return results;
        } finally {
            deleteTree(dir);
        }
    }

    private ReaderResult timed(LogFormat format, LogInput log) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double wall = Double.MAX_VALUE;
        double cpu = Double.MAX_VALUE;
        long[] counts = null;
        for (int pass = 0; pass < TIMED_PASSES; pass++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            counts = readOnce(format, log);
            wall = Math.min(wall, (System.nanoTime() - wall0) / 1e9);
            cpu = Math.min(cpu, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
        }
        return new ReaderResult(format.name(), counts[0], counts[1], log.totalBytes(), wall, cpu);
    }

    /** Records and events of one full read; a reader that reports errors on our own input is a bug. */
    private static long[] readOnce(LogFormat format, LogInput log) throws IOException {
        BenchReadContext context = new BenchReadContext(format);
        long events = 0;
        long records;
        try (EventReader reader = format.open(log, context)) {
            for (Event e = reader.next(); e != null; e = reader.next()) {
                events++;
            }
            records = reader.recordsRead();
        }
        if (context.errors > 0) {
            throw new IOException(format.name() + " reader reported " + context.errors + " error(s) on the generated input, first: "
                    + context.firstError);
        }
        return new long[] {records, events};
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
