package dev.chronoscope.generate;

import dev.chronoscope.generate.KernelModel.Lock;
import dev.chronoscope.generate.KernelModel.Proc;

/**
 * The kernel scenario's story: a lock-order deadlock. From 60% of the log on, locks L1 and L2 are
 * held back from everyone else; once both are free, P1 (db-writer) takes L1, P2 (db-checkpointer)
 * takes L2, P1 asks for L2 and blocks behind P2, and P2 asks for L1 and blocks behind P1. Neither
 * ever runs again, so L1 and L2 are never released. The story's records are spread a few records
 * apart among the background, as a real interleaving would be.
 */
final class DeadlockStory {
    /** The two story processes, created right after systemd. */
    static final String[] NAMES = {"db-writer", "db-checkpointer"};

    private final KernelSim sim;
    private final long start;
    private int stage;
    private long nextAt;

    DeadlockStory(KernelSim sim, long start) {
        this.sim = sim;
        this.start = start;
    }

    /** Writes the story's next record when it is due and possible; false when it did nothing. */
    boolean step() {
        if (stage > 3 || sim.emitted < start || sim.live.size() < 3) return false;
        Lock l1 = sim.locks[0];
        Lock l2 = sim.locks[1];
        l1.reserved = true;
        l2.reserved = true;
        Proc p1 = sim.storyProcs[0];
        Proc p2 = sim.storyProcs[1];
        if (sim.emitted < nextAt) return false;
        if (stage == 0 && !(free(l1) && free(l2) && ready(p1) && ready(p2))) return false;
        Proc actor = stage % 2 == 0 ? p1 : p2;
        if (!actor.state.equals(KernelModel.RUNNING)) return false;
        Lock lock = switch (stage) {
            case 0, 3 -> l1;
            default -> l2;
        };
        sim.lockAttempt(actor, lock);
        if (++stage > 3) {
            p1.deadlocked = true;
            p2.deadlocked = true;
        }
        nextAt = sim.emitted + sim.rnd.nextInt(3, 16);
        return true;
    }

    private static boolean free(Lock lock) {
        return lock.holder == null && lock.waiters.isEmpty();
    }

    private static boolean ready(Proc p) {
        return p.held == null && p.waitingFor == null;
    }
}
