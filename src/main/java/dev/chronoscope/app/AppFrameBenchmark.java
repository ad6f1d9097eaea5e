package dev.chronoscope.app;

import dev.chronoscope.bench.FrameBenchmark;
import dev.chronoscope.engine.LogSession;
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
import javafx.stage.Stage;

/**
 * The bench harness's frame time (found through ServiceLoader): the main window, off-screen, on the
 * bench's session; each move (alternately a random jump and a single step) is timed from the
 * request to the end of the FX work it causes — cursor thread seek, state tree rebuilt, table
 * following, timeline painted and the scene laid out. Rasterising to a screen is not included.
 */
public final class AppFrameBenchmark implements FrameBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Override
    public FrameTimes measure(LogSession session, int moves) throws Exception {
        Screenshots.startToolkit();
        AppPrefs prefs = new AppPrefs(Preferences.userRoot().node("dev/chronoscope/bench"));
        Path name = session.summary().log() == null ? Path.of("bench") : session.summary().log();
        MainView view = FxWait.call(() -> {
            MainView v = new MainView(new Stage(), (log, listener, cancel) -> session, prefs, false, 1280, 800);
            v.open(name);
            return v;
        });
        try {
            FxWait.settle(view.controller().background(), () -> view.model().cursor.get() != null, 600_000);
            long count = session.eventCount();
            Random random = new Random(42);
            double[] times = new double[moves];
            // The FX thread's CPU time per move: on a shared machine the wall time mostly measures
            // the other processes, and this is what a change to the views can actually lower.
            double[] fxCpu = new double[moves];
            double[] graph = new double[moves];
            long fxThread = FxWait.call(() -> Thread.currentThread().getId());
            long k = 0;
            for (int i = 0; i < moves; i++) {
                k = i % 2 == 0 ? (long) (random.nextDouble() * count) : Math.min(count - 1, k + 1);
                long cpu = THREADS.getThreadCpuTime(fxThread);
                times[i] = frame(view, k);
                fxCpu[i] = (THREADS.getThreadCpuTime(fxThread) - cpu) / 1e6;
                long shown = k;
                FxWait.until(() -> view.causality().graph().showsCursor(shown), 10_000);
                graph[i] = FxWait.call(() -> {
                    long t = System.nanoTime();
                    view.causality().graph().paintNow();
                    return (System.nanoTime() - t) / 1e6;
                });
            }
            // The harness reports the wall p99 only; the medians show whether a tail or every frame moved.
            System.err.printf("frame p50 / p99  %.1f / %.1f ms (FX thread CPU %.1f / %.1f ms; jumps %.1f, steps %.1f)%n",
                    percentile(times, 50), percentile(times, 99), percentile(fxCpu, 50), percentile(fxCpu, 99),
                    percentile(every(fxCpu, 0), 50), percentile(every(fxCpu, 1), 50));
            return new FrameTimes(times, graph, timelineRepaints(view, session));
        } finally {
            FxWait.call(() -> {
                view.disposeKeepingLog();
                return null;
            });
        }
    }

    /**
     * A timeline repaint at every zoom: windows from the whole log down to 1/4^9 of it at random
     * places, each loaded (density per pixel, or the events themselves when few) and painted.
     */
    private static double[] timelineRepaints(MainView view, LogSession session) {
        long min = session.summary().firstTime();
        long max = Math.max(min + 1, session.summary().lastTime());
        Random random = new Random(7);
        double[] times = new double[10 * 6];
        for (int i = 0; i < times.length; i++) {
            double span = (max - min) / Math.pow(4, i / 6);
            long from = min + (long) (random.nextDouble() * (max - min - span));
            long to = from + Math.max(1, (long) span);
            TimelineLoader.Query q = FxWait.call(() -> view.timeline().queryFor(from, to));
            long t = System.nanoTime();
            TimelineData data = TimelineLoader.load(q);
            double loadMs = (System.nanoTime() - t) / 1e6;
            times[i] = loadMs + FxWait.call(() -> {
                long p = System.nanoTime();
                view.timeline().paintNow(data);
                return (System.nanoTime() - p) / 1e6;
            });
        }
        return times;
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

    private static double frame(MainView view, long k) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        ChangeListener<CursorView> listener = (o, was, now) -> {
            // Queued behind the timeline's paint, which the same cursor change scheduled.
            if (now != null && now.offset() == k) Platform.runLater(() -> {
                var root = view.scene().getRoot();
                root.applyCss();
                root.layout();
                done.complete(System.nanoTime());
            });
        };
        long start = System.nanoTime();
        FxWait.call(() -> {
            view.model().cursor.addListener(listener);
            view.controller().moveTo(k);
            return null;
        });
        long end = done.get(60, TimeUnit.SECONDS);
        FxWait.call(() -> {
            view.model().cursor.removeListener(listener);
            return null;
        });
        return (end - start) / 1e6;
    }
}
