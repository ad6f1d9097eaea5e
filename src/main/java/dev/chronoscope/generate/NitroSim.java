package dev.chronoscope.generate;

import dev.chronoscope.generate.ChannelFlow.Ending;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One go-nitro-style node ("alice") running several direct channels at once, interleaved. The
 * story: an early proposal the counterparty rejects; at 40% a challenge that a late
 * countersignature clears; at 65% a counterparty that goes silent, so the challenge times out and
 * the channel concludes on chain at its last supported turn. The event store snapshots its state
 * every 1000 events (the P1 default): the record at offset 1000·k is a {@code snapshot_created}
 * covering offsets 0..1000·k−1.
 */
final class NitroSim extends Simulation {
    static final long EPOCH_MS = 1_763_650_000_000L;
    static final int SNAPSHOT_INTERVAL = 1000;
    private static final int ACTIVE_CHANNELS = 6;
    static final String ALICE = "0xa11ce00000000000000000000000000000a11ce0";
    private static final String[] PEERS = {"0xb0b0000000000000000000000000000000000b0b",
        "0xca201000000000000000000000000000000ca201", "0xda5e000000000000000000000000000000000da5",
        "0x1e0e000000000000000000000000000000001e0e"};

    final NitroRecords rec;
    private final List<ChannelFlow> active = new ArrayList<>();
    private final long clearedAt;
    private final long timeoutAt;
    private boolean clearedStarted;
    private boolean timeoutStarted;
    private long flows;
    private long block = 19_400_000;

    NitroSim(JsonOut out, SplittableRandom rnd, long total) {
        super(out, rnd, total, EPOCH_MS * 1_000_000);
        rec = new NitroRecords(this, 0x4e17_0001L);
        clearedAt = at(0.40);
        timeoutAt = at(0.65);
    }

    @Override
    void step() {
        tick(2_000_000, 400_000_000);
        if (emitted > 0 && emitted % SNAPSHOT_INTERVAL == 0) {
            rec.snapshotCreated(emitted, rec.hash(-emitted));
            return;
        }
        if (active.size() < ACTIVE_CHANNELS && (active.isEmpty() || chance(0.05))) {
            start();
            return;
        }
        int first = rnd.nextInt(active.size());
        for (int i = 0; i < active.size(); i++) {
            ChannelFlow flow = active.get((first + i) % active.size());
            if (flow.advance()) {
                if (flow.done()) active.remove(flow);
                return;
            }
        }
    }

    long block() {
        block += rnd.nextInt(1, 4);
        return block;
    }

    private void start() {
        Ending ending = Ending.COOPERATIVE;
        if (flows == 2 || chance(0.04)) ending = Ending.REJECTED;
        if (!clearedStarted && emitted >= clearedAt) {
            ending = Ending.CHALLENGE_CLEARED;
            clearedStarted = true;
        } else if (!timeoutStarted && emitted >= timeoutAt) {
            ending = Ending.CHALLENGE_TIMEOUT;
            timeoutStarted = true;
        }
        String peer = PEERS[(int) (flows % PEERS.length)];
        String channel = rec.hash(0x0c4a_0000_0000L + flows);
        ChannelFlow flow = new ChannelFlow(this, flows, ALICE, peer, channel, ending, rnd.nextInt(3, 40));
        flows++;
        active.add(flow);
        flow.advance();
    }
}
