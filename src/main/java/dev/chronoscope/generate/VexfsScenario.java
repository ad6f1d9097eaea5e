package dev.chronoscope.generate;

import java.util.SplittableRandom;

/** {@code vexfs-semantic}: VexFS semantic events across layers and instances, with vector clocks. */
public final class VexfsScenario extends FileScenario {

    @Override
    public String name() {
        return "vexfs-semantic";
    }

    @Override
    public String description() {
        return "VexFS filesystem/graph/vector events crossing kernel, FUSE and userspace on three instances "
                + "with vector clocks; the vexfs-a/vexfs-c link is partitioned from 45% and heals in a burst";
    }

    @Override
    public long defaultEvents() {
        return 4_500;
    }

    @Override
    Simulation simulation(JsonOut out, SplittableRandom rnd, long events) {
        return new VexfsSim(out, rnd, events);
    }
}
