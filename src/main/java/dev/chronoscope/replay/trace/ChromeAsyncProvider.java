package dev.chronoscope.replay.trace;

import dev.chronoscope.replay.Projection;
import dev.chronoscope.replay.ProjectionProvider;

/** {@code chrome-async}: open async operations, {@code async/<cat>/<id>}. */
public final class ChromeAsyncProvider implements ProjectionProvider {

    @Override
    public String name() {
        return "chrome-async";
    }

    @Override
    public Projection create() {
        return new ChromeAsync();
    }
}
