package dev.chronoscope.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One thread that answers the newest request only: while it works, newer requests replace older
 * ones, so a drag-scrub costs one answer per finished answer, not one per frame. Answers reach the
 * FX thread through an {@link FxCoalescer}; the work in flight counts in {@link Background}.
 */
final class LatestOnlyWorker<Q, R> implements AutoCloseable {
    private final ExecutorService thread;
    private final AtomicReference<Q> pending = new AtomicReference<>();
    private final Function<Q, R> work;
    private final FxCoalescer<R> toFx;
    private final Background background;

    LatestOnlyWorker(String name, Background background, Function<Q, R> work, Consumer<R> onFx) {
        this.thread = Executors.newSingleThreadExecutor(Background.daemon(name));
        this.background = background;
        this.work = work;
        toFx = new FxCoalescer<>(r -> {
            try {
                onFx.accept(r);
            } finally {
                background.end();
            }
        });
    }

    void request(Q q) {
        if (pending.getAndSet(q) == null) {
            background.begin();
            thread.execute(this::drain);
        }
    }

    private void drain() {
        Q q = pending.getAndSet(null);
        // Null: close() took the request and accounted for it.
        if (q == null) return;
        try {
            if (!toFx.publish(work.apply(q))) background.end();
        } catch (RuntimeException | Error e) {
            // Any Error too: MapDB says IllegalAccessError when a store closed under a read (the
            // window replacing a damaged cache), and work that dies unaccounted never lets the
            // window settle.
            background.end();
            background.failed(e);
        }
    }

    @Override
    public void close() {
        if (pending.getAndSet(null) != null) background.end();
        thread.shutdownNow();
    }
}
