package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.node.IntNode;

/** A test Java projection: counts events per lane with private memory, registered by name. */
public final class CountingProvider implements ProjectionProvider {
    @Override
    public String name() {
        return "test-lane-counter";
    }

    @Override
    public Projection create() {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        return (event, state) -> {
            int n = seen.merge(event.lane(), 1, Integer::sum);
            state.set("lanes/" + event.lane() + "/events", IntNode.valueOf(n));
        };
    }
}
