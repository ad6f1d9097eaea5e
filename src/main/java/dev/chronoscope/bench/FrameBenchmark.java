package dev.chronoscope.bench;

import dev.chronoscope.engine.LogSession;

/**
 * Measures cursor move → timeline and state panel repainted, implemented by the app and found
 * with {@link java.util.ServiceLoader}, so that the harness does not depend on JavaFX.
 */
public interface FrameBenchmark {

    /**
     * Moves the cursor {@code moves} times over the session, after warm-up moves that are not
     * returned, and returns, per move, the time until the timeline and state panel are repainted,
     * and the time the causality graph takes to redraw.
     */
    FrameTimes measure(LogSession session, int moves) throws Exception;

    /**
     * Milliseconds: per move, whole frames and the causality graph's redraw alone; per timeline
     * window (whole log down to a few events), loading what it draws plus painting it.
     */
    record FrameTimes(double[] frameMs, double[] graphRedrawMs, double[] timelineRepaintMs) {}
}
