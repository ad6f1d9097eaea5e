package dev.chronoscope.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.engine.LogSession;
import dev.chronoscope.replay.Change;
import dev.chronoscope.replay.Cursor;
import dev.chronoscope.replay.State;
import dev.chronoscope.store.TimelineAxis;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The one thread that owns the session's {@link Cursor}. Requests are coalesced: while a seek runs,
 * newer requests replace older ones, so a fast drag-scrub costs one seek per finished seek, and the
 * FX thread receives at most one {@link CursorView} per pulse (through {@link FxCoalescer}).
 */
final class CursorWorker implements AutoCloseable {

    /** A seek target: an offset, or a timeline position resolved to the last event at or before it. */
    record Target(long offset, long position, boolean byPosition) {
        static Target offset(long k) {
            return new Target(k, 0, false);
        }

        static Target position(long p) {
            return new Target(0, p, true);
        }
    }

    private final LogSession session;
    /** Made on the cursor thread at the first request: making it may read the store. */
    private Cursor cursor;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(Background.daemon("chronoscope-cursor"));
    private final AtomicReference<Target> pending = new AtomicReference<>();
    private final FxCoalescer<CursorView> toFx;
    private final long firstTime;
    private final TimelineScale scale;
    private final Background background;
    /** The leaves of the last view captured, which the next view's {@link LeafDelta} starts from. */
    private String[] lastPaths;
    private JsonNode[] lastValues;

    CursorWorker(OpenLog log, Background background, Consumer<CursorView> onFx) {
        this.session = log.session();
        this.background = background;
        this.firstTime = log.minTime();
        this.scale = log.scale();
        this.toFx = new FxCoalescer<>(view -> {
            try {
                onFx.accept(view);
            } finally {
                background.end();
            }
        });
    }

    void request(Target target) {
        if (pending.getAndSet(target) == null) {
            background.begin();
            thread.execute(this::drain);
        }
    }

    private void drain() {
        Target t = pending.getAndSet(null);
        // Null: close() took the request and accounted for it.
        if (t == null) return;
        CursorView view;
        try {
            view = seek(resolve(t));
        } catch (RuntimeException | Error e) {
            // Any Error too: MapDB says IllegalAccessError when a store closed under a read (the
            // window replacing a damaged cache), and work that dies unaccounted never lets the
            // window settle. IOError and AssertionError are what MapDB throws on a damaged file.
            background.end();
            background.failed(e);
            return;
        }
        // A view that replaced an undelivered one shares its delivery, so it counts once.
        if (!toFx.publish(view)) background.end();
    }

    private long resolve(Target t) {
        long count = session.eventCount();
        if (!t.byPosition()) return Math.max(-1, Math.min(count - 1, t.offset()));
        return lastAtOrBefore(session.axis(), count, t.position());
    }

    /** The last event at or before a timeline position: -1 when none is. */
    static long lastAtOrBefore(TimelineAxis axis, long count, long position) {
        // At Long.MAX_VALUE ns, the last position there is, every event is at or before it.
        long after = position == Long.MAX_VALUE ? count : axis.offsetAtPosition(position + 1);
        return Math.max(-1, Math.min(count - 1, after - 1));
    }

    private CursorView seek(long k) {
        if (cursor == null) cursor = session.newCursor();
        long current = cursor.offset();
        if (k == current + 1) cursor.stepForward();
        else if (k == current - 1) cursor.stepBack();
        else if (k != current) cursor.seek(k);
        State state = cursor.snapshot();
        SortedMap<String, JsonNode> leaves = state.leaves("");
        String[] paths = new String[leaves.size()];
        JsonNode[] values = new JsonNode[leaves.size()];
        int i = 0;
        for (Map.Entry<String, JsonNode> e : leaves.entrySet()) {
            paths[i] = e.getKey();
            values[i++] = e.getValue();
        }
        List<Change> changes = k < 0 ? List.of() : cursor.changesAtCursor();
        long time = k < 0 ? firstTime : session.time(k);
        // By offset, -1 is a position of its own, just left of event 0; by time it shares the first time.
        long position = k >= 0 ? session.axis().position(k) : scale.byOffset() ? -1 : scale.first();
        LeafDelta sinceLast = LeafDelta.between(lastPaths, lastValues, paths, values);
        lastPaths = paths;
        lastValues = values;
        return k < 0 ? CursorView.of(k, time, position, null, -1, paths, values, changes, sinceLast)
                : CursorView.of(k, time, position, session.event(k), session.laneIndex(k), paths, values, changes, sinceLast);
    }

    @Override
    public void close() {
        if (pending.getAndSet(null) != null) background.end();
        thread.shutdownNow();
    }
}
