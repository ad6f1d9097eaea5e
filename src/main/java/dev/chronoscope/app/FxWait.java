package dev.chronoscope.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Runs code on the FX thread from another thread and waits for it; polls an FX-side condition. */
final class FxWait {
    private FxWait() {}

    static <T> T call(Supplier<T> onFx) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(onFx.get());
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer within 30 s", e);
        }
    }

    /** Waits until condition (evaluated on the FX thread) holds and the window has no work in flight. */
    static boolean settle(Background background, Supplier<Boolean> condition, long timeoutMs) {
        return until(() -> condition.get() && background.idle(), timeoutMs);
    }

    /** Waits until condition, evaluated on the FX thread, holds on three polls in a row. */
    static boolean until(Supplier<Boolean> condition, long timeoutMs) {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        int quiet = 0;
        while (System.nanoTime() < deadline) {
            boolean ok = call(condition);
            quiet = ok ? quiet + 1 : 0;
            // Three quiet polls in a row: the work that a finished task triggers has also finished.
            if (quiet >= 3) return true;
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
