package dev.chronoscope.causality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongToIntFunction;

/**
 * Rows of the space-time diagram without laying out the whole log: every {@code interval} offsets
 * a checkpoint keeps the number of rows so far and each lane's state (whether its last event
 * communicated, and the row of its open run). Checkpoints are made by scans as they pass, so the
 * index grows only as far as someone looked. The interval grows with the lane count to keep the
 * checkpoints small.
 */
final class RowIndex {
    /** Lane states; 0 means the lane has had no event yet. */
    private static final byte LOCAL = 1;
    private static final byte COMM = 2;

    private record Checkpoint(long rowsBefore, byte[] laneStates, long[] runRows) {}

    private final Communication communication;
    private final LongToIntFunction laneOf;
    private final long eventCount;
    private final int laneCount;
    private final int interval;
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private long totalRows = -1;

    RowIndex(Communication communication, LongToIntFunction laneOf, long eventCount, int laneCount) {
        this.communication = communication;
        this.laneOf = laneOf;
        this.eventCount = eventCount;
        this.laneCount = Math.max(1, laneCount);
        this.interval = Math.max(Communication.BLOCK, 16 * this.laneCount);
        checkpoints.add(new Checkpoint(0, new byte[this.laneCount], new long[this.laneCount]));
    }

    long rowCount() {
        if (totalRows < 0) {
            Scan scan = scanFrom(checkpoints.size() - 1);
            while (scan.advance()) {
                // walking to the end records the checkpoints and the total
            }
        }
        return totalRows;
    }

    long rowOf(long offset) {
        if (offset < 0 || offset >= eventCount) return -1;
        int c = (int) (offset / interval);
        while (checkpoints.size() <= c) extendOnce();
        Scan scan = scanFrom(c);
        while (scan.advance()) {
            if (scan.offset() == offset) return scan.row();
        }
        return -1;
    }

    /** A scan starting at a checkpoint at or before the first node of the given row. */
    Scan scanFromRow(long row) {
        while (totalRows < 0 && checkpoints.get(checkpoints.size() - 1).rowsBefore() <= row) extendOnce();
        int lo = 0, hi = checkpoints.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (checkpoints.get(mid).rowsBefore() <= row) lo = mid;
            else hi = mid - 1;
        }
        return scanFrom(lo);
    }

    private void extendOnce() {
        int last = checkpoints.size() - 1;
        Scan scan = scanFrom(last);
        while (checkpoints.size() - 1 == last && scan.advance()) {
            // one interval further
        }
    }

    private Scan scanFrom(int checkpoint) {
        Checkpoint c = checkpoints.get(checkpoint);
        return new Scan((long) checkpoint * interval, c);
    }

    /** Walks offsets forward from a checkpoint, one event per {@link #advance()}. */
    final class Scan {
        private long next;
        private long rows;
        private final byte[] states;
        private final long[] runRows;
        private long offset = -1;
        private long row;
        private int lane;
        private boolean visible;
        private boolean communicates;

        private Scan(long start, Checkpoint from) {
            this.next = start;
            this.rows = from.rowsBefore();
            this.states = from.laneStates().clone();
            this.runRows = from.runRows().clone();
        }

        boolean advance() {
            if (next >= eventCount) {
                if (totalRows < 0) totalRows = rows;
                offset = eventCount;
                return false;
            }
            offset = next++;
            lane = Math.max(0, Math.min(laneCount - 1, laneOf.applyAsInt(offset)));
            communicates = communication.test(offset);
            visible = communicates || states[lane] != LOCAL;
            if (visible) runRows[lane] = rows++;
            row = runRows[lane];
            states[lane] = communicates ? COMM : LOCAL;
            if (next % interval == 0 && next / interval == checkpoints.size()) {
                checkpoints.add(new Checkpoint(rows, Arrays.copyOf(states, laneCount), Arrays.copyOf(runRows, laneCount)));
            }
            return true;
        }

        long offset() {
            return offset;
        }

        long row() {
            return row;
        }

        int lane() {
            return lane;
        }

        boolean visible() {
            return visible;
        }

        boolean communicates() {
            return communicates;
        }

        boolean atEnd() {
            return offset >= eventCount;
        }
    }
}
