package dev.chronoscope.replay.trace;

import dev.chronoscope.replay.Projection;
import dev.chronoscope.replay.ProjectionProvider;

/** {@code otlp-spans}: spans open at the cursor and error statuses, per trace. */
public final class OtlpSpansProvider implements ProjectionProvider {

    @Override
    public String name() {
        return "otlp-spans";
    }

    @Override
    public Projection create() {
        return new OtlpSpans();
    }
}
