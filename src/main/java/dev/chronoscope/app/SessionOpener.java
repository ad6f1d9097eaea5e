package dev.chronoscope.app;

import dev.chronoscope.engine.CancelToken;
import dev.chronoscope.engine.Chronoscope;
import dev.chronoscope.engine.IngestListener;
import dev.chronoscope.engine.LogOpenException;
import dev.chronoscope.engine.LogSession;
import dev.chronoscope.engine.OpenRequest;
import java.nio.file.Path;

/** How the window opens a log: the engine in the product, a fake in tests. Called off the FX thread. */
@FunctionalInterface
interface SessionOpener {
    SessionOpener ENGINE = new SessionOpener() {
        @Override
        public LogSession open(Path log, IngestListener listener, CancelToken cancel) throws LogOpenException {
            return Chronoscope.open(OpenRequest.of(log), listener, cancel);
        }

        @Override
        public SessionOpener rebuilding() {
            return (log, listener, cancel) -> Chronoscope.open(
                    new OpenRequest(log, null, null, null, null, true), listener, cancel);
        }
    };

    LogSession open(Path log, IngestListener listener, CancelToken cancel) throws LogOpenException;

    /** The opener that ingests the log again even when a complete cache exists (one found damaged). */
    default SessionOpener rebuilding() {
        return this;
    }
}
