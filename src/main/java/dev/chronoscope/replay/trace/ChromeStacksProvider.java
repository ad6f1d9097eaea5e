package dev.chronoscope.replay.trace;

import dev.chronoscope.replay.Projection;
import dev.chronoscope.replay.ProjectionProvider;

/** {@code chrome-stacks}: each thread's open slices as {@code threads/<pid>/<tid>/stack}. */
public final class ChromeStacksProvider implements ProjectionProvider {

    @Override
    public String name() {
        return "chrome-stacks";
    }

    @Override
    public Projection create() {
        return new ChromeStacks();
    }
}
