package dev.chronoscope.bench;

import dev.chronoscope.engine.CancelToken;
import dev.chronoscope.engine.Chronoscope;
import dev.chronoscope.engine.HeapPolicy;
import dev.chronoscope.engine.IngestListener;
import dev.chronoscope.engine.LogOpenException;
import dev.chronoscope.engine.LogSession;
import dev.chronoscope.engine.OpenRequest;
import dev.chronoscope.generate.Scenario;
import dev.chronoscope.ingest.ReaderOptions;
import dev.chronoscope.replay.Cursor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Generates a scenario log, then measures in this process: a cold ingest into an empty cache
 * (parse, store, indexes, fold, checkpoints, edges), a re-open of the complete cache, random seeks,
 * single steps, the heap's peak, a full causal slice, and frame times when the app is present.
 */
public final class Benchmark {
    private static final int SEEKS = 2000;
    private static final int STEPS = 20000;

    private final PrintWriter progress;

    public Benchmark(PrintWriter progress) {
        this.progress = progress;
    }

    public BenchResult run(Scenario scenario, long events) throws IOException, LogOpenException {
        Path dir = Files.createTempDirectory("chronoscope-bench");
        try {
            return run(scenario, events, dir);
        } finally {
            deleteTree(dir);
        }
    }

    private BenchResult run(Scenario scenario, long events, Path dir) throws IOException, LogOpenException {
        // The process stands in for the app's, which opens logs, ingests and scrubs under this policy.
        HeapPolicy.keepGrownHeap();
        progress.printf("generating %,d %s events...%n", events, scenario.name());
        progress.flush();
        Path log = scenario.write(dir.resolve("bench-" + scenario.name() + ".log"), events, 42);
        long logBytes = sizeOf(log);
        Path cache = Files.createDirectories(dir.resolve("cache"));
        OpenRequest request = new OpenRequest(log, null, null, ReaderOptions.DEFAULT, cache, true);

        HeapWatcher heap = new HeapWatcher();
        heap.reset();
        progress.printf("ingesting %,d bytes...%n", logBytes);
        progress.flush();
        long t0 = System.nanoTime();
        long count;
        long storeBytes;
        try (LogSession session = Chronoscope.open(request, IngestListener.NONE, new CancelToken())) {
            count = session.eventCount();
            storeBytes = session.summary().storeBytes();
        }
        double ingestSeconds = (System.nanoTime() - t0) / 1e9;
        double ingestHeap = heap.peakMB();

        OpenRequest reopen = new OpenRequest(log, null, null, ReaderOptions.DEFAULT, cache, false);
        long t1 = System.nanoTime();
        try (LogSession session = Chronoscope.open(reopen, IngestListener.NONE, new CancelToken())) {
            double reopenMs = (System.nanoTime() - t1) / 1e6;
            double[] seeks = measureSeeks(session);
            double[] steps = measureSteps(session);
            Double slice = measureSlice(session);
            FrameBenchmark.FrameTimes frames = measureFrames(session);
            Double frame = frames == null ? null : Percentiles.of(frames.frameMs(), 99);
            Double graph = frames == null || frames.graphRedrawMs().length == 0 ? null : Percentiles.of(frames.graphRedrawMs(), 99);
            Double timeline = frames == null || frames.timelineRepaintMs().length == 0 ? null : Percentiles.of(frames.timelineRepaintMs(), 99);
            return new BenchResult(scenario.name(), count, logBytes, storeBytes,
                    count / ingestSeconds, logBytes / 1e6 / ingestSeconds, reopenMs,
                    Percentiles.of(seeks, 50), Percentiles.of(seeks, 99), Percentiles.of(steps, 99),
                    Math.max(ingestHeap, heap.peakMB()), frame, graph, timeline, slice);
        }
    }

    private double[] measureSeeks(LogSession session) {
        progress.println("seeking...");
        progress.flush();
        long n = session.eventCount();
        double[] samples = new double[n == 0 ? 0 : SEEKS];
        SplittableRandom random = new SplittableRandom(7);
        Cursor cursor = session.newCursor();
        for (int i = 0; i < samples.length; i++) {
            long k = random.nextLong(n);
            long t = System.nanoTime();
            cursor.seek(k);
            samples[i] = (System.nanoTime() - t) / 1e6;
        }
        return samples;
    }

    private double[] measureSteps(LogSession session) {
        long n = session.eventCount();
        if (n < 2) return new double[0];
        double[] samples = new double[STEPS];
        SplittableRandom random = new SplittableRandom(11);
        Cursor cursor = session.newCursor();
        cursor.seek(n / 2);
        for (int i = 0; i < samples.length; i++) {
            if (i % 1000 == 0) cursor.seek(random.nextLong(n));
            boolean forward = random.nextBoolean();
            long t = System.nanoTime();
            if (forward) cursor.stepForward(); else cursor.stepBack();
            samples[i] = (System.nanoTime() - t) / 1e3;
        }
        return samples;
    }

    /** A full backward slice from the last event (the 100k-event figure). */
    private Double measureSlice(LogSession session) {
        long n = session.eventCount();
        if (n == 0) return null;
        long k = Math.min(n - 1, 100_000);
        long t = System.nanoTime();
        session.causality().causes(k, 0);
        return (System.nanoTime() - t) / 1e6;
    }

    private FrameBenchmark.FrameTimes measureFrames(LogSession session) {
        for (FrameBenchmark frames : ServiceLoader.load(FrameBenchmark.class)) {
            progress.println("measuring frames...");
            progress.flush();
            try {
                return frames.measure(session, 300);
            } catch (Exception e) {
                progress.println("frame benchmark failed: " + e);
                return null;
            }
        }
        return null;
    }

    private static long sizeOf(Path path) throws IOException {
        if (!Files.isDirectory(path)) return Files.size(path);
        try (Stream<Path> s = Files.walk(path)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
