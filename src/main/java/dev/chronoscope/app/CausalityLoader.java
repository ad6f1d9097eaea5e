package dev.chronoscope.app;

import dev.chronoscope.causality.CausalGraph;
import dev.chronoscope.causality.SpaceTimeLayout;
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

    private final LatestOnlyWorker<Query, Data> worker;
    private OpenLog layoutLog;
    private SpaceTimeLayout layout;

    CausalityLoader(Background background, Consumer<Data> onFx) {
        worker = new LatestOnlyWorker<>("chronoscope-causality", background, this::load, onFx);
    }

    void request(Query q) {
        if (q.log() == null || q.rows() <= 0) return;
        worker.request(q);
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
        // A log without events has no lane at offset 0 to centre on.
        int lane = q.log().count() == 0 ? 0 : q.log().session().laneIndex(cursor);
        return new Data(q.log(), q.cursor(), row, lane, window);
    }

    @Override
    public void close() {
        worker.close();
    }
}
