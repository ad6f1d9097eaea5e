package dev.chronoscope.generate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * IPC for {@link AiosSim}: four bounded message queues (a message carries its sender's causality
 * chain, FIFO, to whoever receives it), three pipes with 64 KiB buffers, and up to six shared
 * memory segments, each a chain from create to destroy. Only a segment's owner destroys it.
 */
final class AiosIpc {
    private static final int QUEUES = 4;
    private static final int QUEUE_CAPACITY = 32;
    private static final int PIPES = 3;
    private static final long PIPE_BUFFER = 65_536;
    private static final int MAX_SEGMENTS = 6;

    private record Segment(int id, AiosProc owner, long size, long chain) {}

    private final AiosSim sim;
    private final List<ArrayDeque<long[]>> queues = new ArrayList<>();
    private final long[] buffered = new long[PIPES];
    private final List<Segment> segments = new ArrayList<>();
    private int nextSegment = 1;

    AiosIpc(AiosSim sim) {
        this.sim = sim;
        for (int i = 0; i < QUEUES; i++) queues.add(new ArrayDeque<>());
    }

    /** One IPC action by p; r in [60, 86) picks queue, pipe or shared memory. */
    boolean act(AiosProc p, int r) {
        if (r < 70) return queue(p);
        if (r < 78) return pipe(p);
        return shm(p);
    }

    private boolean queue(AiosProc p) {
        int q = sim.rnd.nextInt(QUEUES);
        ArrayDeque<long[]> messages = queues.get(q);
        if (!messages.isEmpty() && (messages.size() == QUEUE_CAPACITY || sim.chance(0.5))) {
            long[] message = messages.poll();
            sim.rec.queue(false, p.pid, message[0], q, message[1], messages.size());
        } else {
            long[] message = {sim.newChain(), sim.rnd.nextLong(64, 4097)};
            messages.add(message);
            sim.rec.queue(true, p.pid, message[0], q, message[1], messages.size());
        }
        return true;
    }

    private boolean pipe(AiosProc p) {
        int pipe = sim.rnd.nextInt(PIPES);
        boolean write = buffered[pipe] == 0 || (buffered[pipe] < PIPE_BUFFER && sim.chance(0.5));
        long bytes = write ? sim.rnd.nextLong(1, PIPE_BUFFER - buffered[pipe] + 1) / 4 + 1
                : sim.rnd.nextLong(1, buffered[pipe] + 1);
        buffered[pipe] += write ? bytes : -bytes;
        sim.rec.pipe(write, p.pid, pipe, bytes, buffered[pipe]);
        return true;
    }

    private boolean shm(AiosProc p) {
        if (segments.size() < MAX_SEGMENTS && (segments.isEmpty() || sim.chance(0.1))) {
            Segment s = new Segment(nextSegment++, p, 65_536L << sim.rnd.nextInt(7), sim.newChain());
            segments.add(s);
            sim.rec.shm("ShmCreated", p.pid, s.chain(), s.id(), s.size());
            return true;
        }
        Segment s = segments.get(sim.rnd.nextInt(segments.size()));
        if (s.owner() == p && sim.chance(0.15)) {
            destroy(s);
        } else {
            boolean write = sim.chance(0.5);
            sim.rec.shm(write ? "ShmWrite" : "ShmRead", p.pid, s.chain(), s.id(), sim.rnd.nextLong(64, s.size() + 1));
        }
        return true;
    }

    /** Queues the destruction of p's segments (p is exiting). */
    void destroySegmentsOf(AiosProc p) {
        for (Segment s : segments) {
            if (s.owner() == p) sim.followUps.add(() -> destroy(s));
        }
    }

    private void destroy(Segment s) {
        segments.remove(s);
        sim.rec.shm("ShmDestroyed", s.owner().pid, s.chain(), s.id(), s.size());
    }
}
