package dev.chronoscope.replay.trace;

import dev.chronoscope.replay.Projection;
import dev.chronoscope.replay.ProjectionProvider;

/** {@code chrome-objects}: live objects with their latest snapshot, {@code objects/<pid>/<name>/<id>}. */
public final class ChromeObjectsProvider implements ProjectionProvider {

    @Override
    public String name() {
        return "chrome-objects";
    }

    @Override
    public Projection create() {
        return new ChromeObjects();
    }
}
