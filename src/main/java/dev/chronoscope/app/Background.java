package dev.chronoscope.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * The app's background threads for everything that touches the store: a small query pool (table
 * pages, filters, history, diff, exports) and one timeline thread. Counts the work in flight so
 * that the screenshot command and tests can wait until the window has settled.
 */
final class Background {
    private final AtomicInteger inFlight = new AtomicInteger();

    private final ExecutorService queries = Executors.newFixedThreadPool(2, daemon("chronoscope-query"));
    private final Consumer<Throwable> onError;

    Background(Consumer<Throwable> onError) {
        this.onError = onError;
    }

    /** Runs work off the FX thread and hands its result to then on the FX thread. */
    <T> void run(Supplier<T> work, Consumer<T> then) {
        if (queries.isShutdown()) return;
        inFlight.incrementAndGet();
        queries.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> {
                    try {
                        then.accept(result);
                    } finally {
                        inFlight.decrementAndGet();
                    }
                });
            } catch (RuntimeException | Error e) {
                inFlight.decrementAndGet();
                Platform.runLater(() -> onError.accept(e));
            }
        });
    }

    /** Reports a failure of work done elsewhere (the cursor and timeline threads) on the FX thread. */
    void failed(Throwable failure) {
        if (Boolean.getBoolean("chronoscope.debugFailures")) failure.printStackTrace();
        Platform.runLater(() -> onError.accept(failure));
    }

    void shutdown() {
        queries.shutdownNow();
    }

    /** Marks work done elsewhere (the cursor and timeline threads) as in flight. */
    void begin() {
        inFlight.incrementAndGet();
    }

    void end() {
        inFlight.decrementAndGet();
    }

    boolean idle() {
        return inFlight.get() == 0;
    }

    static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
