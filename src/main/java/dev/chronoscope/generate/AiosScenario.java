package dev.chronoscope.generate;

import java.util.SplittableRandom;

/** {@code aios-observability}: the AI-OS collector's event stream. */
public final class AiosScenario extends FileScenario {

    @Override
    public String name() {
        return "aios-observability";
    }

    @Override
    public String description() {
        return "AI-OS observability collector events (severity, category, causality chains): a stalled "
                + "fsync flagged as a syscall-latency anomaly (z > 3) at 35%, a sandbox violation at 80%";
    }

    @Override
    public long defaultEvents() {
        return 10_000;
    }

    @Override
    Simulation simulation(JsonOut out, SplittableRandom rnd, long events) {
        return new AiosSim(out, rnd, events);
    }
}
