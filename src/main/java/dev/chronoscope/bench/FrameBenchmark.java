package dev.chronoscope.bench;

import dev.chronoscope.engine.LogSession;

/**
 * Measures cursor move → timeline and state panel repainted, implemented by the app and found
 * with {@link java.util.ServiceLoader}, so that the harness does not depend on JavaFX.
 */
public interface FrameBenchmark {

    /** Moves the cursor {@code moves} times over the session and returns frame times in ms. */
    double[] frameTimesMs(LogSession session, int moves) throws Exception;
}
