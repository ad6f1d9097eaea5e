package dev.chronoscope.generate;

/**
 * One direct channel's life as our node sees it, one record per {@link #advance()}: the funding
 * objective (proposal, approval, prefund state, two deposits, postfund state), payments (each a
 * state at the next turn, signed by one side, sent, and countersigned by the other), then an
 * ending: cooperative defunding, a challenge the silent counterparty never answers (concluded when
 * it times out), a challenge cleared by a late countersignature, or a proposal the counterparty
 * rejects. Turn numbers only grow; balances always sum to the channel's holdings.
 *
 * <p>{@code phase} numbers the records: 0–16 funding, 100 on payments (four records each), 200 on
 * the ending, 209 on withdrawals.
 */
final class ChannelFlow {
    enum Ending { COOPERATIVE, CHALLENGE_TIMEOUT, CHALLENGE_CLEARED, REJECTED }

    static final long CHALLENGE_DURATION_S = 60;

    private final NitroSim sim;
    private final NitroRecords rec;
    private final long key;
    private final String us;
    private final String peer;
    private final String channel;
    private final String funding;
    private final String defunding;
    private Ending ending;
    private int phase;
    private long turn;
    private long ours;
    private long theirs;
    private int payments;
    private long supportedTurn;
    private String supportedHash;
    private long finalizesAt;
    private String lastMessage;
    private boolean done;

    ChannelFlow(NitroSim sim, long key, String us, String peer, String channel, Ending ending, int payments) {
        this.sim = sim;
        this.rec = sim.rec;
        this.key = key;
        this.us = us;
        this.peer = peer;
        this.channel = channel;
        this.funding = "DirectFunding-" + channel;
        this.defunding = "DirectDefunding-" + channel;
        this.ending = ending;
        this.payments = payments;
        this.ours = 1_000_000L * sim.rnd.nextInt(5, 50);
        this.theirs = 1_000_000L * sim.rnd.nextInt(5, 50);
    }

    boolean done() {
        return done;
    }

    Ending ending() {
        return ending;
    }

    /** Writes this channel's next record; false when it must wait (a challenge running out). */
    boolean advance() {
        if (phase < 100) return fund();
        if (phase < 200) return pay();
        return end();
    }

    private boolean fund() {
        if (phase == 12) turn = 1;
        switch (phase++) {
            case 0 -> rec.objectiveCreated(funding, "DirectFunding", channel, us, peer);
            case 1 -> rec.message(true, peer, funding, "objective_proposal");
            case 2 -> rec.message(false, peer, funding, ending == Ending.REJECTED ? "objective_rejection" : "objective_approval");
            case 3 -> {
                if (ending == Ending.REJECTED) {
                    rec.objective("objective_rejected", funding, "counterparty declined: insufficient liquidity");
                    done = true;
                } else {
                    rec.objective("objective_approved", funding, null);
                }
            }
            case 4 -> rec.channelCreated(channel, peer, CHALLENGE_DURATION_S);
            case 5, 12 -> signed(false);
            case 6, 13 -> lastMessage = rec.message(true, peer, funding, "signed_state");
            case 7, 14 -> lastMessage = rec.message(false, peer, funding, "signed_state");
            case 8, 15 -> received(false);
            case 9 -> rec.depositDetected(channel, us, ours, ours, sim.block());
            case 10 -> rec.depositDetected(channel, peer, theirs, ours + theirs, sim.block());
            case 11 -> rec.channelFunded(channel, ours + theirs);
            default -> {
                rec.objective("objective_completed", funding, null);
                phase = 100;
            }
        }
        return true;
    }

    /** Payments, four records each; the side to move (and pay) alternates with the turn: even turns are ours. */
    private boolean pay() {
        int sub = (phase - 100) % 4;
        boolean ourMove = (turn % 2) == 0;
        if (sub == 0) {
            if (payments == 0) {
                phase = 200;
                return end();
            }
            turn++;
            long amount = 1_000L * sim.rnd.nextInt(1, 200);
            ourMove = (turn % 2) == 0;
            if (ourMove && ours >= amount) {
                ours -= amount;
                theirs += amount;
            } else if (!ourMove && theirs >= amount) {
                theirs -= amount;
                ours += amount;
            }
            payments--;
        }
        phase++;
        if (ourMove) {
            switch (sub) {
                case 0 -> signed(false);
                case 1 -> rec.message(true, peer, funding, "signed_state");
                case 2 -> lastMessage = rec.message(false, peer, funding, "signed_state");
                default -> received(false);
            }
        } else {
            switch (sub) {
                case 0 -> lastMessage = rec.message(false, peer, funding, "signed_state");
                case 1 -> received(false);
                case 2 -> signed(false);
                default -> rec.message(true, peer, funding, "signed_state");
            }
        }
        return true;
    }

    private boolean end() {
        return switch (ending) {
            case CHALLENGE_TIMEOUT, CHALLENGE_CLEARED -> challenge();
            default -> cooperative();
        };
    }

    private boolean cooperative() {
        switch (phase++) {
            case 200 -> rec.objectiveCreated(defunding, "DirectDefunding", channel, us, peer);
            case 201 -> rec.message(true, peer, defunding, "objective_proposal");
            case 202 -> rec.message(false, peer, defunding, "objective_approval");
            case 203 -> rec.objective("objective_approved", defunding, null);
            case 204 -> {
                turn++;
                signed(true);
            }
            case 205 -> rec.message(true, peer, defunding, "signed_state");
            case 206 -> lastMessage = rec.message(false, peer, defunding, "signed_state");
            case 207 -> received(true);
            case 208 -> rec.channelConcluded(channel, turn, "cooperative");
            default -> withdrawOrComplete(defunding);
        }
        return true;
    }

    /** Our unanswered state, a challenge on the last supported one, then timeout or a late reply. */
    private boolean challenge() {
        switch (phase) {
            case 200 -> {
                turn++;
                signed(false);
            }
            case 201, 202 -> rec.message(true, peer, funding, "signed_state");
            case 203 -> {
                finalizesAt = sim.now / 1_000_000 + CHALLENGE_DURATION_S * 1000;
                rec.challengeRegistered(channel, supportedTurn, supportedHash, finalizesAt, us);
            }
            default -> {
                return ending == Ending.CHALLENGE_TIMEOUT ? timeout() : cleared();
            }
        }
        phase++;
        return true;
    }

    private boolean timeout() {
        if (phase == 204) {
            if (sim.now / 1_000_000 < finalizesAt) return false;
            rec.channelConcluded(channel, supportedTurn, "challenge_timeout");
            phase = 209;
            return true;
        }
        phase++;
        withdrawOrComplete(null);
        return true;
    }

    private boolean cleared() {
        switch (phase++) {
            case 204 -> lastMessage = rec.message(false, peer, funding, "signed_state");
            case 205 -> received(false);
            default -> {
                rec.challengeCleared(channel, supportedTurn, supportedHash);
                ending = Ending.COOPERATIVE;
                payments = sim.rnd.nextInt(1, 4);
                phase = 100;
            }
        }
        return true;
    }

    /** Phases 209.. : our withdrawal, theirs, then the objective (if any) completes. */
    private void withdrawOrComplete(String objective) {
        int step = phase - 1 - 209;
        if (step == 0) {
            rec.withdrawalCompleted(channel, us, ours, theirs);
        } else if (step == 1) {
            rec.withdrawalCompleted(channel, peer, theirs, 0);
            if (objective == null) done = true;
        } else {
            rec.objective("objective_completed", objective, null);
            done = true;
        }
    }

    private void signed(boolean isFinal) {
        rec.state(true, channel, turn, stateHash(), us, us, ours, peer, theirs, isFinal, null);
    }

    /** Both sides sign the same state, so a turn's hash is the same in state_signed and state_received. */
    private String stateHash() {
        return rec.hash(key * 1_000_003L + turn);
    }

    private void received(boolean isFinal) {
        supportedHash = stateHash();
        supportedTurn = turn;
        rec.state(false, channel, turn, supportedHash, peer, us, ours, peer, theirs, isFinal, lastMessage);
    }
}
