package dev.chronoscope.cli;

import dev.chronoscope.engine.LogSession;
import picocli.CommandLine.Command;

@Command(name = "effects", description = "The events that event K caused (its forward causal slice), nearest first.")
final class EffectsCommand extends SliceCommand {
    @Override
    long[] slice(LogSession session, long k, int depth) {
        return session.causality().effects(k, depth);
    }

    @Override
    String noun() {
        return "effects";
    }
}
