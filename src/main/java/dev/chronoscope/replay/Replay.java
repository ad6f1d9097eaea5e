package dev.chronoscope.replay;

import dev.chronoscope.store.Blobs;
import dev.chronoscope.store.Column;
import dev.chronoscope.store.LogStore;
import dev.chronoscope.store.Postings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The read side of replay over a committed store: states, change sets, diffs, value histories
 * and cursors, all from what {@link ReplayBuilder} wrote (no projection runs here). Thread-safe:
 * it only reads the store; each {@link Cursor} it hands out has one owner.
 */
public final class Replay {
    private static final long HISTORY_WINDOW = 1 << 16;

    private final long count;
    private final int interval;
    private final long ruleMisses;
    private final Column changes;
    private final Postings paths;
    private final Blobs checkpoints;

    private Replay(LogStore store) {
        Map<String, String> meta = store.meta();
        String events = meta.get(ReplayBuilder.META_EVENTS);
        if (events == null) {
            throw new IllegalStateException("the store holds no replay data (ingest did not run ReplayBuilder.finish)");
        }
        this.count = Long.parseLong(events);
        this.interval = Integer.parseInt(meta.getOrDefault(ReplayBuilder.META_INTERVAL,
                Integer.toString(ReplayBuilder.DEFAULT_CHECKPOINT_INTERVAL)));
        this.ruleMisses = Long.parseLong(meta.getOrDefault(ReplayBuilder.META_MISSES, "0"));
        this.changes = store.column(ReplayBuilder.CHANGES);
        this.paths = store.postings(ReplayBuilder.PATHS);
        this.checkpoints = store.blobs(ReplayBuilder.CHECKPOINTS);
    }

    public static Replay open(LogStore store) {
        return new Replay(store);
    }

    public long eventCount() {
        return count;
    }

    public long ruleMisses() {
        return ruleMisses;
    }

    /** The state after events 0..k; k = -1 is the empty state. */
    public State state(long k) {
        StoreCursor cursor = new StoreCursor(this);
        cursor.seek(k);
        return cursor.detach();
    }

    /** What event k changed, sorted by path; empty for k = -1. */
    public List<Change> changesAt(long k) {
        checkOffset(k);
        return k < 0 ? List.of() : ChangeCodec.decodeChanges(changes.get(k));
    }

    /**
     * The net change per leaf at or under prefix between the state after a and the state after
     * b (either order), sorted by path, unchanged leaves omitted.
     */
    public List<Change> diff(long a, long b, String prefix) {
        return new Differ(this, Paths.normalize(prefix)).diff(a, b);
    }

    /** Every change of the leaf path or a leaf under it with offset in [from, to], in offset order. */
    public List<OffsetChange> history(String path, long from, long to) {
        String p = Paths.normalize(path);
        long lo = Math.max(0, from);
        long hi = Math.min(count - 1, to);
        List<OffsetChange> out = new ArrayList<>();
        if (lo > hi) return out;
        if (p.isEmpty()) {
            for (long k = lo; k <= hi; k++) collect(k, p, out);
            return out;
        }
        // Windows keep the offsets array small when a busy prefix is asked about over a long range.
        for (long start = lo; start <= hi; start += HISTORY_WINDOW) {
            for (long k : paths.offsets(p, start, Math.min(hi + 1, start + HISTORY_WINDOW))) collect(k, p, out);
        }
        return out;
    }

    private void collect(long k, String prefix, List<OffsetChange> out) {
        for (Change c : changesAt(k)) {
            if (Paths.isAtOrUnder(c.path(), prefix)) out.add(new OffsetChange(k, c.path(), c.before(), c.after()));
        }
    }

    /** The greatest offset < before that changed path or a leaf under it, or -1. */
    public long previousChange(String path, long before) {
        String p = Paths.normalize(path);
        if (before <= 0) return -1;
        long start = Math.min(before - 1, count - 1);
        if (!p.isEmpty()) return paths.floor(p, start);
        for (long k = start; k >= 0; k--) if (changes.get(k).length > 0) return k;
        return -1;
    }

    /** The least offset > after that changed path or a leaf under it, or -1. */
    public long nextChange(String path, long after) {
        String p = Paths.normalize(path);
        if (after >= count - 1) return -1;
        long start = Math.max(after + 1, 0);
        if (!p.isEmpty()) return paths.ceiling(p, start);
        for (long k = start; k < count; k++) if (changes.get(k).length > 0) return k;
        return -1;
    }

    public Cursor newCursor() {
        return new StoreCursor(this);
    }

    // ---- shared with StoreCursor and Differ

    int checkpointInterval() {
        return interval;
    }

    Postings paths() {
        return paths;
    }

    /** The checkpoint with the greatest offset ≤ k, or null (start from the empty state at -1). */
    Map.Entry<Long, byte[]> checkpointAtOrBefore(long k) {
        return k < 0 ? null : checkpoints.floor(k);
    }

    void checkOffset(long k) {
        if (k < -1 || k >= count) {
            throw new IndexOutOfBoundsException("offset " + k + " outside -1.." + (count - 1));
        }
    }
}
