package dev.chronoscope.app;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Hands values from a background thread to the FX thread, keeping only the newest: however often
 * a worker publishes, the FX thread runs at most one update per pulse and never a stale one.
 */
final class FxCoalescer<T> {
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final Consumer<T> onFx;

    FxCoalescer(Consumer<T> onFx) {
        this.onFx = onFx;
    }

    /** @return false when the value replaced one not yet delivered (which is now dropped) */
    boolean publish(T value) {
        if (latest.getAndSet(value) == null) {
            Platform.runLater(() -> {
                T v = latest.getAndSet(null);
                if (v != null) onFx.accept(v);
            });
            return true;
        }
        return false;
    }
}
