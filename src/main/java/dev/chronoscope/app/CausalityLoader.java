package dev.chronoscope.app;

import dev.chronoscope.causality.CausalGraph;
import dev.chronoscope.causality.SpaceTimeLayout;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads the space-time diagram's window around the cursor on its own thread (newest request wins):
 * the layout's nodes and arrows, with runs of local events collapsed or, on request, one row per event.
 * The slice it lights comes from the model ({@link CausalController}).
 */
final class CausalityLoader implements AutoCloseable {
    record Query(OpenLog log, long cursor, int rows, boolean collapse) {}

    /** @param cursorRow the row showing the cursor's event (a run when its event is local) */
    record Data(OpenLog log, long cursor, long cursorRow, int cursorLane, SpaceTimeLayout.Window window) {}

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
        long row = q.collapse() ? Math.max(0, layout.rowOf(cursor)) : cursor;
        long first = Math.max(0, row - q.rows() / 2);
        SpaceTimeLayout.Window window = q.collapse() ? layout.window(first, q.rows())
                : UncollapsedSpaceTime.window(q.log().session(), q.log().count(), first, q.rows());
        int lane = q.log().session().laneIndex(cursor);
        return new Data(q.log(), q.cursor(), row, lane, window);
    }

    @Override
    public void close() {
        if (pending.getAndSet(null) != null) background.end();
        thread.shutdownNow();
    }
}
