package dev.chronoscope.replay.trace;

import dev.chronoscope.replay.Projection;
import dev.chronoscope.replay.ProjectionProvider;

/** {@code chrome-marks}: the latest time of each mark ('R') per process, {@code marks/<pid>/<name>}. */
public final class ChromeMarksProvider implements ProjectionProvider {

    @Override
    public String name() {
        return "chrome-marks";
    }

    @Override
    public Projection create() {
        return new ChromeMarks();
    }
}
