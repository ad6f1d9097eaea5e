package dev.chronoscope.app;

import dev.chronoscope.bench.FrameBenchmark;
import dev.chronoscope.engine.LogSession;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The bench harness's frame time (found through ServiceLoader): the main window, shown, on the
 * bench's session; each move (alternately a random jump and a single step) is timed from the
 * request until a real pulse has styled and laid out the window with the move applied — cursor
 * thread seek, state tree refreshed, table following, timeline painted, then the pulse's CSS and
 * layout passes, which restyle only what the move made dirty. The wait for the pulse timer's next
 * tick is left out of the frame (it is the display's rate, the same for any amount of work) and
 * printed apart, but whatever else the FX thread ran meanwhile and garbage collections that ended
 * meanwhile count in the frame, as they held the pulse back. The scene's sync to the render thread
 * and rasterising are not included.
 */
public final class AppFrameBenchmark implements FrameBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Moves after which the FX thread's code is compiled (its CPU time per move stops falling). */
    private static final int WARMING = 200;

    @Override
    public FrameTimes measure(LogSession session, int moves) throws Exception {
        Screenshots.startToolkit();
        AppPrefs prefs = new AppPrefs(Preferences.userRoot().node("dev/chronoscope/bench"));
        Path name = session.summary().log() == null ? Path.of("bench") : session.summary().log();
        MainView view = FxWait.call(() -> {
            MainView v = new MainView(new Stage(), (log, listener, cancel) -> session, prefs, false, 1280, 800);
            // Shown, so that pulses style and lay it out as they do in the app.
            v.stage().show();
            v.open(name);
            return v;
        });
        try {
            FxWait.settle(view.controller().background(), () -> view.model().cursor.get() != null, 600_000);
            long count = session.eventCount();
            Random random = new Random(42);
            int total = WARMING + moves;
            double[] times = new double[total];
            double[] latency = new double[total];
            // The FX thread's CPU time per move: on a shared machine the wall time mostly measures
            // the other processes, and this is what a change to the views can actually lower.
            double[] fxCpu = new double[total];
            double[] graph = new double[total];
            long[] gcDuring = new long[total];
            long fxThread = FxWait.call(() -> Thread.currentThread().getId());
            long k = 0;
            for (int i = 0; i < total; i++) {
                k = i % 2 == 0 ? (long) (random.nextDouble() * count) : Math.min(count - 1, k + 1);
                long cpu = THREADS.getThreadCpuTime(fxThread);
                if (i == WARMING && Boolean.getBoolean("chronoscope.frameDetail")) {
                    System.err.println("warm-up ends at " + java.time.LocalTime.now());
                }
                long gcBefore = gcMillis();
                Frame f = frame(view, k);
                gcDuring[i] = gcMillis() - gcBefore;
                times[i] = f.frameMs();
                latency[i] = f.latencyMs();
                fxCpu[i] = (THREADS.getThreadCpuTime(fxThread) - cpu) / 1e6;
                long shown = k;
                FxWait.until(() -> view.causality().graph().showsCursor(shown), 10_000);
                graph[i] = FxWait.call(() -> {
                    long t = System.nanoTime();
                    view.causality().graph().paintNow();
                    return (System.nanoTime() - t) / 1e6;
                });
            }
            // The first moves run JavaFX's CSS and layout code and ours before the JIT has compiled
            // them: like any benchmark harness, the figures are taken after a warm-up, and the warm-up's
            // own frames are printed beside them so that what a user meets first is not hidden.
            System.err.printf("first %d moves (warm-up, code not yet compiled): frame p50 / p99  %.1f / %.1f ms, worst %.1f ms%n",
                    WARMING, percentile(Arrays.copyOf(times, WARMING), 50), percentile(Arrays.copyOf(times, WARMING), 99),
                    percentile(Arrays.copyOf(times, WARMING), 100));
            if (Boolean.getBoolean("chronoscope.frameDetail")) {
                System.err.println("moves end at " + java.time.LocalTime.now());
                StringBuilder buckets = new StringBuilder("FX thread CPU per move, mean of each 50:");
                for (int b = 0; b + 50 <= total; b += 50) {
                    buckets.append(String.format(" %.1f", Arrays.stream(fxCpu, b, b + 50).average().orElse(0)));
                }
                System.err.println(buckets);
                printWorst(times, fxCpu, gcDuring, 12);
            }
            double[] warm = Arrays.copyOfRange(times, WARMING, total);
            double[] warmCpu = Arrays.copyOfRange(fxCpu, WARMING, total);
            double[] warmLatency = Arrays.copyOfRange(latency, WARMING, total);
            // The harness reports the wall p99 only; the medians show whether a tail or every frame moved.
            System.err.printf("next %d moves: frame p50 / p99  %.1f / %.1f ms, worst %.1f ms (FX thread CPU %.1f / %.1f ms; jumps %.1f, steps %.1f)%n",
                    moves, percentile(warm, 50), percentile(warm, 99), percentile(warm, 100), percentile(warmCpu, 50),
                    percentile(warmCpu, 99), percentile(every(warmCpu, 0), 50), percentile(every(warmCpu, 1), 50));
            System.err.printf("with the wait for the pulse timer's tick: p50 / p99  %.1f / %.1f ms%n",
                    percentile(warmLatency, 50), percentile(warmLatency, 99));
            return new FrameTimes(warm, Arrays.copyOfRange(graph, WARMING, total), timelineRepaints(view, session));
        } finally {
            FxWait.call(() -> {
                view.disposeKeepingLog();
                view.stage().close();
                return null;
            });
        }
    }

    /**
     * Timeline repaints at every zoom: windows from the whole log down to 1/4^9 of it at random
     * places, each loaded (density per pixel, or the events themselves when few) and painted; 30 per
     * zoom level, so that the p99 is not simply the slowest window, after a warm-up pass of 6 per level.
     */
    private static double[] timelineRepaints(MainView view, LogSession session) {
        timelineRepaints(view, session, new Random(3), 6, false);
        return timelineRepaints(view, session, new Random(7), 30, true);
    }

    private static double[] timelineRepaints(MainView view, LogSession session, Random random, int perLevel, boolean report) {
        TimelineScale scale = TimelineScale.of(session.axis(), session.summary().firstTime());
        long min = scale.first();
        long max = scale.last();
        double[] times = new double[10 * perLevel];
        double[] loads = new double[times.length];
        double[] paints = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            double span = (max - min) / Math.pow(4, i / perLevel);
            long from = min + (long) (random.nextDouble() * (max - min - span));
            long to = from + Math.max(1, (long) span);
            TimelineLoader.Query q = FxWait.call(() -> view.timeline().queryFor(from, to));
            long t = System.nanoTime();
            TimelineData data = TimelineLoader.load(q);
            double loadMs = (System.nanoTime() - t) / 1e6;
            loads[i] = loadMs;
            paints[i] = FxWait.call(() -> {
                long p = System.nanoTime();
                view.timeline().paintNow(data);
                return (System.nanoTime() - p) / 1e6;
            });
            times[i] = loadMs + paints[i];
            if (report && Boolean.getBoolean("chronoscope.frameDetail") && times[i] > 4) {
                System.err.printf("  window %d (1/%.0f of the log): load %.1f ms, paint %.1f ms, %s%n", i,
                        Math.pow(4, i / perLevel), loadMs, paints[i], data.events() == null ? "density" : data.events().size() + " events");
            }
        }
        if (report) System.err.printf("timeline: load p50 / p99  %.1f / %.1f ms, paint p50 / p99  %.1f / %.1f ms%n",
                percentile(loads, 50), percentile(loads, 99), percentile(paints, 50), percentile(paints, 99));
        return times;
    }

    /** The slowest measured frames with what the FX thread and the collector spent in them, for finding their cause. */
    private static void printWorst(double[] times, double[] fxCpu, long[] gcMs, int n) {
        Integer[] order = new Integer[times.length - WARMING];
        for (int i = 0; i < order.length; i++) order[i] = WARMING + i;
        Arrays.sort(order, (a, b) -> Double.compare(times[b], times[a]));
        for (int j = 0; j < Math.min(n, order.length); j++) {
            int i = order[j];
            System.err.printf("  move %d: frame %.1f ms, FX thread CPU %.1f ms, GC pauses %d ms%n", i, times[i], fxCpu[i], gcMs[i]);
        }
    }

    /** The even (jumps) or odd (single steps) moves. */
    private static double[] every(double[] values, int first) {
        double[] out = new double[(values.length - first + 1) / 2];
        for (int i = 0; i < out.length; i++) out[i] = values[first + 2 * i];
        return out;
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
    }

    /** One move's times: the frame (work, without the idle wait for the pulse) and the latency (with it). */
    private record Frame(double frameMs, double latencyMs) {}

    /**
     * The frame ends with the first pulse that starts once the cursor's view is applied and the
     * timeline has painted it: that pulse shows both, and its CSS and layout passes are the work
     * the move left for it. Of the time between the view applied and that pulse, only what the FX
     * thread did (other work queued before the pulse) and garbage collections count: the rest is
     * the wait for the pulse timer's tick.
     */
    private static Frame frame(MainView view, long k) throws Exception {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        // Wall time, FX thread CPU time and GC time when the view is applied, then when the pulse starts.
        long[] applied = {-1, 0, 0};
        long[] pulse = {-1, 0, 0};
        Runnable beforeCss = () -> {
            if (applied[0] < 0 || pulse[0] >= 0) return;
            pulse[0] = System.nanoTime();
            pulse[1] = THREADS.getCurrentThreadCpuTime();
            pulse[2] = gcMillis();
        };
        Runnable afterLayout = () -> {
            if (pulse[0] < 0) return;
            long busyInWait = (pulse[1] - applied[1]) + (pulse[2] - applied[2]) * 1_000_000;
            done.complete(new long[] {applied[0], pulse[0], System.nanoTime(), busyInWait});
        };
        ChangeListener<CursorView> listener = (o, was, now) -> {
            // Queued behind the timeline's paint, which the same cursor change scheduled.
            if (now != null && now.offset() == k) Platform.runLater(() -> {
                applied[0] = System.nanoTime();
                applied[1] = THREADS.getCurrentThreadCpuTime();
                applied[2] = gcMillis();
                Platform.requestNextPulse();
            });
        };
        Scene scene = view.scene();
        long start = System.nanoTime();
        FxWait.call(() -> {
            scene.addPreLayoutPulseListener(beforeCss);
            scene.addPostLayoutPulseListener(afterLayout);
            view.model().cursor.addListener(listener);
            view.controller().moveTo(k);
            return null;
        });
        long[] t = done.get(60, TimeUnit.SECONDS);
        FxWait.call(() -> {
            view.model().cursor.removeListener(listener);
            scene.removePreLayoutPulseListener(beforeCss);
            scene.removePostLayoutPulseListener(afterLayout);
            return null;
        });
        double waitedForTick = Math.max(0, (t[1] - t[0] - t[3]) / 1e6);
        double latency = (t[2] - start) / 1e6;
        return new Frame(latency - waitedForTick, latency);
    }

    /** Milliseconds the JVM has spent collecting garbage so far. */
    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) sum += Math.max(0, gc.getCollectionTime());
        return sum;
    }
}
