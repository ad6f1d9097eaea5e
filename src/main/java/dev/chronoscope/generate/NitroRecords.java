package dev.chronoscope.generate;

/**
 * The P1 event store's records as Zig's {@code std.json} writes a {@code union(enum)}: one key, the
 * snake_case tag, around the event struct: {@code {"state_signed":{"event_id":"…","channel_id":…}}}.
 * {@code event_id} is a content hash (64 hex digits); {@code timestamp} is milliseconds since the
 * epoch. Each method writes one whole record and returns its event id.
 */
final class NitroRecords {
    private final Simulation sim;
    private final JsonOut out;
    private final long salt;

    NitroRecords(Simulation sim, long salt) {
        this.sim = sim;
        this.out = sim.out;
        this.salt = salt;
    }

    String objectiveCreated(String objective, String type, String channel, String us, String peer) {
        begin("objective_created").str("objective_id", objective).str("objective_type", type)
                .str("channel_id", channel).arr("participants").str(us).str(peer).endArr();
        return finish();
    }

    String objective(String tag, String objective, String reason) {
        begin(tag).str("objective_id", objective);
        if (reason != null) out.str("reason", reason);
        return finish();
    }

    String channelCreated(String channel, String counterparty, long challengeDurationS) {
        begin("channel_created").str("channel_id", channel).str("counterparty", counterparty)
                .num("challenge_duration_s", challengeDurationS);
        return finish();
    }

    /** state_signed (by us) or state_received (signed by the counterparty). */
    String state(boolean signedByUs, String channel, long turn, String stateHash, String signer,
                 String us, long ours, String peer, long theirs, boolean isFinal, String causedBy) {
        begin(signedByUs ? "state_signed" : "state_received").str("channel_id", channel).num("turn_num", turn)
                .str("state_hash", stateHash).str("signature", Hex.of(salt ^ 0x5157, sim.emitted, 130, true))
                .str("signer", signer).obj("balances").num(us, ours).num(peer, theirs).end()
                .bool("is_final", isFinal);
        if (causedBy != null) out.str("caused_by", causedBy);
        return finish();
    }

    String depositDetected(String channel, String depositor, long amount, long holdings, long block) {
        begin("deposit_detected").str("channel_id", channel).str("depositor", depositor).str("asset", ETH)
                .num("amount", amount).num("holdings", holdings).num("block_num", block);
        return finish();
    }

    String channelFunded(String channel, long holdings) {
        begin("channel_funded").str("channel_id", channel).num("holdings", holdings);
        return finish();
    }

    String challengeRegistered(String channel, long turn, String stateHash, long finalizesAtMs, String challenger) {
        begin("challenge_registered").str("channel_id", channel).num("turn_num", turn).str("state_hash", stateHash)
                .num("finalizes_at", finalizesAtMs).str("challenger", challenger);
        return finish();
    }

    String challengeCleared(String channel, long turn, String stateHash) {
        begin("challenge_cleared").str("channel_id", channel).num("turn_num", turn).str("state_hash", stateHash);
        return finish();
    }

    String channelConcluded(String channel, long turn, String reason) {
        begin("channel_concluded").str("channel_id", channel).num("finalized_turn", turn).str("reason", reason);
        return finish();
    }

    String withdrawalCompleted(String channel, String to, long amount, long remaining) {
        begin("withdrawal_completed").str("channel_id", channel).str("to", to).str("asset", ETH)
                .num("amount", amount).num("holdings", remaining);
        return finish();
    }

    String message(boolean sent, String peer, String objective, String payloadType) {
        begin(sent ? "message_sent" : "message_received").str(sent ? "to" : "from", peer)
                .str("message_id", Hex.of(salt ^ 0x3e55, sim.emitted, 16, false))
                .str("objective_id", objective).str("payload_type", payloadType);
        return finish();
    }

    String snapshotCreated(long eventCount, String stateHash) {
        begin("snapshot_created").num("offset", eventCount - 1).num("event_count", eventCount)
                .str("state_hash", stateHash);
        return finish();
    }

    String hash(long n) {
        return Hex.of(salt ^ 0x57a7e, n, 64, true);
    }

    private static final String ETH = "0x0000000000000000000000000000000000000000";

    private JsonOut begin(String tag) {
        return out.obj().obj(tag).str("event_id", Hex.of(salt, sim.emitted, 64, false))
                .num("timestamp", sim.now / 1_000_000);
    }

    private String finish() {
        String id = Hex.of(salt, sim.emitted, 64, false);
        out.end().end();
        sim.done();
        return id;
    }
}
