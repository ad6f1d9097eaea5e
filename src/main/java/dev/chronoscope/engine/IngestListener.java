package dev.chronoscope.engine;

/** Called from the ingesting thread; implementations hand off to their own thread. */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {};

    default void progress(IngestProgress progress) {}

    default void error(IngestError error) {}
}
