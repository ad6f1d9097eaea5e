package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A cursor over stored change sets. A seek takes the cheaper of two routes, counted in change
 * sets to read: from the nearest checkpoint ≤ k (at most N of them), or from where the cursor
 * stands, forward by applying or backward by undoing (each change's {@code before}). Steps
 * apply or undo one event's change set.
 */
final class StoreCursor implements Cursor {
    private static final int LEAVES_PER_CHANGE_SET = 16;

    private final Replay replay;
    private TreeMap<String, JsonNode> leaves = new TreeMap<>();
    private long offset = -1;
    private List<Change> atCursor = List.of();

    StoreCursor(Replay replay) {
        this.replay = replay;
    }

    @Override
    public long offset() {
        return offset;
    }

    @Override
    public void seek(long k) {
        replay.checkOffset(k);
        if (k == offset) return;
        Map.Entry<Long, byte[]> checkpoint = replay.checkpointAtOrBefore(k);
        long from = checkpoint == null ? -1 : checkpoint.getKey();
        // Costs in change sets; decoding a checkpoint costs about one change set per
        // LEAVES_PER_CHANGE_SET leaves (measured with ReplayBench), the current size standing in.
        long viaCheckpoint = k - from + leaves.size() / LEAVES_PER_CHANGE_SET;
        if (Math.abs(k - offset) <= viaCheckpoint) {
            while (offset < k) stepForward();
            while (offset > k) stepBack();
            return;
        }
        // Roll the checkpoint forward: net value per touched leaf, then one sorted merge, instead
        // of thousands of tree insertions.
        HashMap<String, JsonNode> net = new HashMap<>();
        List<Change> last = null;
        for (long j = from + 1; j <= k; j++) {
            last = replay.changesAt(j);
            for (int i = 0, n = last.size(); i < n; i++) net.put(last.get(i).path(), last.get(i).after());
        }
        SortedRun base = checkpoint == null ? SortedRun.EMPTY : ChangeCodec.decodeCheckpointRun(checkpoint.getValue());
        leaves = base.overlay(net).toTreeMap();
        offset = k;
        atCursor = last;
    }

    @Override
    public boolean stepForward() {
        if (offset + 1 >= replay.eventCount()) return false;
        List<Change> next = replay.changesAt(offset + 1);
        Paths.apply(leaves, next, true);
        offset++;
        atCursor = next;
        return true;
    }

    @Override
    public boolean stepBack() {
        if (offset < 0) return false;
        Paths.apply(leaves, changesAtCursor(), false);
        offset--;
        atCursor = null;
        return true;
    }

    @Override
    public List<Change> changesAtCursor() {
        if (atCursor == null) atCursor = replay.changesAt(offset);
        return atCursor;
    }

    @Override
    public State snapshot() {
        return new TreeState(offset, new TreeMap<>(leaves));
    }

    /** The state without a copy; the cursor is not usable afterwards. */
    State detach() {
        State s = new TreeState(offset, leaves);
        leaves = null;
        return s;
    }
}
