package dev.chronoscope.cli;

import dev.chronoscope.engine.LogSession;
import picocli.CommandLine.Command;

@Command(name = "causes", description = "The events that caused event K (its backward causal slice), nearest first.")
final class CausesCommand extends SliceCommand {
    @Override
    long[] slice(LogSession session, long k, int depth) {
        return session.causality().causes(k, depth);
    }

    @Override
    String noun() {
        return "causes";
    }
}
