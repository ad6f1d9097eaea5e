package dev.chronoscope.engine;

import java.util.function.BooleanSupplier;

/** Cooperative cancellation shared between the one who asks and the one who works. */
public final class CancelToken implements BooleanSupplier {
    public static final CancelToken NEVER = new CancelToken();

    private volatile boolean cancelled;

    public void cancel() {
        if (this != NEVER) cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public boolean getAsBoolean() {
        return cancelled;
    }
}
