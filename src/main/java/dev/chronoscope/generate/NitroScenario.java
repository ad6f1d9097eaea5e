package dev.chronoscope.generate;

import java.util.SplittableRandom;

/** {@code nitro-p1}: a state-channel node's event store (Zig union JSON). */
public final class NitroScenario extends FileScenario {

    @Override
    public String name() {
        return "nitro-p1";
    }

    @Override
    public String description() {
        return "State-channel event sourcing (Zig-union JSON Lines, 17 event types): channels funded, "
                + "paid and defunded; a rejected objective, a challenge cleared at 40%, one that times out at 65%";
    }

    @Override
    public long defaultEvents() {
        return 4_000;
    }

    @Override
    Simulation simulation(JsonOut out, SplittableRandom rnd, long events) {
        return new NitroSim(out, rnd, events);
    }
}
