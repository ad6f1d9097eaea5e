package dev.chronoscope.engine;

/** The user cancelled the open; nothing was kept. */
public class IngestCancelledException extends LogOpenException {
    public IngestCancelledException(String log) {
        super("Opening " + log + " was cancelled");
    }
}
