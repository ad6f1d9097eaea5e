package dev.chronoscope.generate;

import java.util.SplittableRandom;

/** {@code angzarr-kernel}: the Angzarr kernel's event stream with a deadlock and slow I/O. */
public final class KernelScenario extends FileScenario {

    @Override
    public String name() {
        return "angzarr-kernel";
    }

    @Override
    public String description() {
        return "Angzarr kernel events (serde-tagged JSON Lines): a lock-order deadlock between two "
                + "processes at 60% and a burst of slow (>1 ms) nvme0n1 I/O at 30%";
    }

    @Override
    public long defaultEvents() {
        return 12_000;
    }

    @Override
    Simulation simulation(JsonOut out, SplittableRandom rnd, long events) {
        return new KernelSim(out, rnd, events);
    }
}
