package dev.chronoscope.engine;

/** The engine's front door. */
public final class Chronoscope {
    private Chronoscope() {}

    /**
     * Opens a log: reuses its complete cache or ingests it (sniff, read, store, fold, link).
     * Blocks the calling thread; call it off the UI thread.
     */
    public static LogSession open(OpenRequest request, IngestListener listener, CancelToken cancel)
            throws LogOpenException {
        throw new LogOpenException("the engine is being assembled");
    }
}
