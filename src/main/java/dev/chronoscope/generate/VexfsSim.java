package dev.chronoscope.generate;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Three VexFS instances. A file operation starts in an instance's kernel, is translated to its
 * FUSE layer, then reaches userspace, where the distributed coordinator replicates it to the other
 * two instances and the semantic hook re-embeds the document (a vector operation caused by the
 * userspace event). Graph and vector operations start in userspace and replicate from there. Every
 * event increments its instance's own vector-clock entry; a replicated event first merges the
 * sender's clock. Each hop and each instance-to-instance link is FIFO, so a replica never sees an
 * object before it was created. The story: from 45% of the log
 * the link between vexfs-a and vexfs-c is cut for a while; replication between them is held and
 * delivered in a burst on heal, and events of a and c during the cut are concurrent.
 */
final class VexfsSim extends Simulation {
    static final long EPOCH_NS = 1_763_650_000_000_000_000L;
    static final String[] NAMES = {"vexfs-a", "vexfs-b", "vexfs-c"};
    static final String KERNEL = "kernel";
    static final String FUSE = "fuse";
    static final String USERSPACE = "userspace";
    static final String ORIGIN = "origin";
    static final String CROSS = "cross_instance";

    /** A propagated (or hook-started) event waiting for its due time. */
    record Delivery(long due, long seq, int instance, String layer, String boundary, VexfsOp op,
                    String propagatedFrom, String causedBy, long[] senderClock) {}

    final VexfsInstance[] instances = new VexfsInstance[NAMES.length];
    private final VexfsRecords rec = new VexfsRecords(this);
    private final VexfsOrigins origins;
    private final PriorityQueue<Delivery> due = new PriorityQueue<>(
            Comparator.comparingLong(Delivery::due).thenComparingLong(Delivery::seq));
    private final ArrayDeque<Delivery> held = new ArrayDeque<>();
    /** Last due time per FIFO channel: instance links first (from·n + to), then each instance's hops. */
    private final long[] channelDue = new long[NAMES.length * (NAMES.length + 3)];
    private static final int KERNEL_TO_FUSE = NAMES.length * NAMES.length;
    private static final int FUSE_TO_USERSPACE = KERNEL_TO_FUSE + NAMES.length;
    private static final int SEMANTIC_HOOK = FUSE_TO_USERSPACE + NAMES.length;
    private final long partitionFrom;
    private final long partitionUntil;
    private long seq;
    private boolean linkCut;

    VexfsSim(JsonOut out, SplittableRandom rnd, long total) {
        super(out, rnd, total, EPOCH_NS);
        for (int i = 0; i < NAMES.length; i++) instances[i] = new VexfsInstance(i, NAMES[i], NAMES.length);
        origins = new VexfsOrigins(this);
        partitionFrom = at(0.45);
        partitionUntil = partitionFrom + Math.min(3000, Math.max(300, total * 25 / 100));
    }

    @Override
    void step() {
        tick(500, 6_000);
        // decided once per step, so an event written at the cut's last offset is held like the others
        linkCut = emitted >= partitionFrom && emitted < partitionUntil;
        if (!linkCut && !held.isEmpty()) heal();
        if (!due.isEmpty() && due.peek().due() <= now) {
            Delivery d = due.poll();
            emit(instances[d.instance()], d.layer(), d.boundary(), d.op(), d.propagatedFrom(), d.causedBy(), d.senderClock());
        } else {
            origins.originate(instances[rnd.nextInt(instances.length)]);
        }
    }

    private boolean partitioned(int a, int b) {
        return linkCut && a + b == 2 && a != b;
    }

    /** Writes one event of op at instance x, then schedules what follows from it. */
    void emit(VexfsInstance x, String layer, String boundary, VexfsOp op, String propagatedFrom, String causedBy,
              long[] senderClock) {
        long[] clock = x.clock;
        if (senderClock != null) {
            for (int i = 0; i < clock.length; i++) clock[i] = Math.max(clock[i], senderClock[i]);
        }
        clock[x.index]++;
        String id = x.name + ":" + clock[x.index];
        boolean applies = boundary.equals(ORIGIN) || boundary.equals(CROSS);
        if (applies && op.changesIndexSize()) x.indexSize += op.type().equals("VectorCreate") ? 1 : -1;
        rec.write(id, op, x.name, layer, boundary, NAMES, clock, propagatedFrom, causedBy, x.indexSize);
        if (boundary.equals(CROSS)) return;
        if (layer.equals(KERNEL)) {
            schedule(x.index, FUSE, "kernel_to_fuse", op, id, null, null, KERNEL_TO_FUSE + x.index, 300, 2_000);
        } else if (layer.equals(FUSE)) {
            schedule(x.index, USERSPACE, "fuse_to_userspace", op, id, null, null, FUSE_TO_USERSPACE + x.index, 1_000,
                    5_000);
        } else {
            if (replicated(op)) replicate(x, op, id);
            VexfsOp followUp = origins.semanticHook(x, op);
            if (followUp != null) {
                schedule(x.index, USERSPACE, ORIGIN, followUp, null, id, null, SEMANTIC_HOOK + x.index, 2_000, 8_000);
            }
        }
    }

    private static boolean replicated(VexfsOp op) {
        return !op.type().equals("FilesystemRead") && !op.type().equals("VectorSearch")
                && !op.type().equals("GraphTraverse");
    }

    private void replicate(VexfsInstance from, VexfsOp op, String id) {
        for (VexfsInstance to : instances) {
            if (to == from) continue;
            long[] snapshot = from.clock.clone();
            if (partitioned(from.index, to.index)) {
                held.add(new Delivery(0, seq++, to.index, USERSPACE, CROSS, op, id, null, snapshot));
            } else {
                schedule(to.index, USERSPACE, CROSS, op, id, null, snapshot, from.index * NAMES.length + to.index,
                        100_000, 600_000);
            }
        }
    }

    /** FIFO per channel: a delivery is never due before the one sent ahead of it on its channel. */
    private void schedule(int instance, String layer, String boundary, VexfsOp op, String propagatedFrom,
                          String causedBy, long[] senderClock, int channel, long minDelay, long maxDelay) {
        long at = Math.max(channelDue[channel] + 1, now + rnd.nextLong(minDelay, maxDelay));
        channelDue[channel] = at;
        due.add(new Delivery(at, seq++, instance, layer, boundary, op, propagatedFrom, causedBy, senderClock));
    }

    /** The link is back: held replication goes out in order, a burst within a few hundred µs. */
    private void heal() {
        while (!held.isEmpty()) {
            Delivery d = held.poll();
            int from = 2 - d.instance(); // the cut link joins instances 0 and 2
            schedule(d.instance(), d.layer(), d.boundary(), d.op(), d.propagatedFrom(), null, d.senderClock(),
                    from * NAMES.length + d.instance(), 50_000, 300_000);
        }
    }
}
