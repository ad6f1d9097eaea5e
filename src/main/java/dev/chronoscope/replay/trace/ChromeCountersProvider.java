package dev.chronoscope.replay.trace;

import dev.chronoscope.replay.Projection;
import dev.chronoscope.replay.ProjectionProvider;

/** {@code chrome-counters}: the latest value of each counter series, {@code counters/<pid>/<name>/<series>}. */
public final class ChromeCountersProvider implements ProjectionProvider {

    @Override
    public String name() {
        return "chrome-counters";
    }

    @Override
    public Projection create() {
        return new ChromeCounters();
    }
}
