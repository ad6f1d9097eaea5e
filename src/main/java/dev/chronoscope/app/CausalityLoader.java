package dev.chronoscope.app;

import dev.chronoscope.causality.CausalGraph;
import dev.chronoscope.causality.SpaceTimeLayout;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads the space-time diagram's window around the cursor on its own thread (newest request wins):
 * the layout's nodes and arrows, and the cursor event's causes and effects within a few hops.
 */
final class CausalityLoader implements AutoCloseable {
    /** How many hops of causes and effects are lit; lane edges make unlimited slices the whole lane. */
    static final int SLICE_DEPTH = 24;

    record Query(OpenLog log, long cursor, int rows) {}

    /** @param cursorRow the row showing the cursor's event (a run when its event is local) */
    record Data(OpenLog log, long cursor, long cursorRow, int cursorLane, SpaceTimeLayout.Window window,
                Set<Long> causes, Set<Long> effects) {}

    private final ExecutorService thread = Executors.newSingleThreadExecutor(Background.daemon("chronoscope-causality"));
    private final AtomicReference<Query> pending = new AtomicReference<>();
    private final FxCoalescer<Data> toFx;
    private final Background background;
    private OpenLog layoutLog;
    private SpaceTimeLayout layout;

    CausalityLoader(Background background, Consumer<Data> onFx) {
        this.background = background;
        toFx = new FxCoalescer<>(d -> {
            try {
                onFx.accept(d);
            } finally {
                background.end();
            }
        });
    }

    void request(Query q) {
        if (q.log() == null || q.rows() <= 0) return;
        if (pending.getAndSet(q) == null) {
            background.begin();
            thread.execute(this::drain);
        }
    }

    private void drain() {
        Query q = pending.getAndSet(null);
        // Null: close() took the request and accounted for it.
        if (q == null) return;
        try {
            if (!toFx.publish(load(q))) background.end();
        } catch (RuntimeException e) {
            background.end();
        }
    }

    private Data load(Query q) {
        CausalGraph graph = q.log().session().causality();
        if (layoutLog != q.log()) {
            layoutLog = q.log();
            layout = new SpaceTimeLayout(graph, k -> q.log().session().laneIndex(k), q.log().count(), q.log().lanes().size());
        }
        long cursor = Math.max(0, q.cursor());
        long row = Math.max(0, layout.rowOf(cursor));
        long first = Math.max(0, row - q.rows() / 2);
        SpaceTimeLayout.Window window = layout.window(first, q.rows());
        int lane = q.log().session().laneIndex(cursor);
        return new Data(q.log(), q.cursor(), row, lane, window, set(graph.causes(cursor, SLICE_DEPTH)), set(graph.effects(cursor, SLICE_DEPTH)));
    }

    private static Set<Long> set(long[] offsets) {
        Set<Long> out = new HashSet<>(offsets.length * 2);
        for (long k : offsets) out.add(k);
        return out;
    }

    @Override
    public void close() {
        if (pending.getAndSet(null) != null) background.end();
        thread.shutdownNow();
    }
}
