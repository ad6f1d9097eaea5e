package dev.chronoscope.generate;

/**
 * The AI-OS scenario's story. First a resident "indexer" starts with the log. At 35% its fsync
 * stalls on storage for 6.4–7 ms (fsync normally takes 0.2–0.9 ms): the VFS reports a slow
 * operation, the exit follows, and the collector's detector reports a z-score far above 3, all in
 * one causality chain. At 80% an AI agent's sandboxed plugin starts, tries to open a network
 * socket without the NetworkAccess capability, is denied, flagged as a sandbox violation and
 * killed — again one chain, from ProcessCreated to ProcessTerminated.
 */
final class AiosStory {
    static final String INDEXER = "indexer";
    static final String PLUGIN = "plugin:weather-widget";

    private final AiosSim sim;
    private final long anomalyAt;
    private final long violationAt;
    private AiosProc indexer;
    private boolean anomalyStarted;
    private AiosProc plugin;
    private int stage;
    private long nextAt;

    AiosStory(AiosSim sim, long anomalyAt, long violationAt) {
        this.sim = sim;
        this.anomalyAt = anomalyAt;
        this.violationAt = violationAt;
    }

    /** Writes the story's next record when due; false when it did nothing. */
    boolean step() {
        if (indexer == null) {
            indexer = sim.spawn(INDEXER, 10, false, false);
            indexer.resident = true;
            return true;
        }
        if (!anomalyStarted && sim.emitted >= anomalyAt && !indexer.inSyscall) {
            anomalyStarted = true;
            sim.enterSyscall(indexer, AiosSim.FSYNC, sim.rnd.nextLong(6_400, 7_000), sim.newChain(), true, true);
            return true;
        }
        return sim.emitted >= violationAt && sim.emitted >= nextAt && violation();
    }

    private boolean violation() {
        long chain = plugin == null ? 0 : plugin.startupChain;
        switch (stage) {
            case 0 -> plugin = sim.spawn(PLUGIN, 30, true, true);
            case 1 -> sim.allocate(plugin, chain);
            case 2 -> sim.enterSyscall(plugin, AiosSim.SOCKET, sim.rnd.nextLong(10, 30), chain, false, false);
            case 3 -> {
                if (plugin.inSyscall) return false;
                sim.rec.permissionDenied(plugin.pid, chain, "net:203.0.113.7:443", "connect",
                        "capability NetworkAccess not granted");
            }
            case 4 -> sim.rec.sandboxViolation(plugin.pid, chain, "sandbox-" + plugin.pid, "NetworkAccess",
                    "connect 203.0.113.7:443");
            case 5 -> sim.exit(plugin, chain, -9, "Error");
            default -> {
                return false;
            }
        }
        stage++;
        nextAt = sim.emitted + sim.rnd.nextInt(2, 8);
        return true;
    }
}
