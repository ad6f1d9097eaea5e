package dev.chronoscope.store;

/** Another process is ingesting the same log into the same cache and did not finish in time. */
public class StoreBusyException extends RuntimeException {
    public StoreBusyException(String message) {
        super(message);
    }
}
