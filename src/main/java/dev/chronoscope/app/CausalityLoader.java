package dev.chronoscope.app;

import dev.chronoscope.causality.CausalGraph;
import dev.chronoscope.causality.SpaceTimeColumns;
import dev.chronoscope.causality.SpaceTimeLayout;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongPredicate;

/**
 * Reads the space-time diagram's window around the cursor on its own thread (newest request wins):
 * the layout's nodes and arrows, with runs of local events collapsed or, on request, one row per event,
 * and the lanes that get a column ({@link SpaceTimeColumns}). The slice it lights comes from the model
 * ({@link CausalController}); when only the slice, the width or the lane order changed, the window
 * read last is reused and just the columns are chosen again.
 */
final class CausalityLoader implements AutoCloseable {
    /**
     * @param columns   how many lanes fit side by side at a readable width
     * @param laneOrder lane indexes as the user arranged them (lanes missing from it go last)
     * @param slice     the cursor event's slice, or null while it loads
     */
    record Query(OpenLog log, long cursor, int rows, boolean collapse, int columns, List<Integer> laneOrder,
                 CausalSlice slice) {}

    /** @param cursorRow the row showing the cursor's event (a run when its event is local) */
    record Data(OpenLog log, long cursor, long cursorRow, int cursorLane, SpaceTimeLayout.Window window,
                SpaceTimeColumns columns) {}

    private record WindowKey(long cursor, int rows, boolean collapse) {}

    private final LatestOnlyWorker<Query, Data> worker;
    private OpenLog layoutLog;
    private SpaceTimeLayout layout;
    private WindowKey windowKey;
    private Data lastWindow;
    private List<Integer> positionsOf;
    private int[] positions;

    CausalityLoader(Background background, Consumer<Data> onFx) {
        worker = new LatestOnlyWorker<>("chronoscope-causality", background, this::load, onFx);
    }

    void request(Query q) {
        if (q.log() == null || q.rows() <= 0) return;
        worker.request(q);
    }

    /**
     * Whether runs can collapse in this log at all. Runs break only at links between lanes, so in a
     * log with one lane the whole log would be one box and every link inside it hidden: such a log
     * always shows one row per event, with its links drawn within the lane.
     */
    static boolean collapses(OpenLog log) {
        return log != null && log.lanes().size() > 1;
    }

    private Data load(Query q) {
        WindowKey key = new WindowKey(q.cursor(), q.rows(), q.collapse() && collapses(q.log()));
        if (q.log() != layoutLog || !key.equals(windowKey)) {
            lastWindow = loadWindow(q);
            windowKey = key;
        }
        Data d = lastWindow;
        CausalSlice slice = q.slice() != null && q.slice().offset() == q.cursor() ? q.slice() : null;
        LongPredicate inSlice = slice == null ? k -> false : k -> slice.isCause(k) || slice.isEffect(k);
        int laneCount = q.log().lanes().size();
        int[] position = positions(q.laneOrder(), laneCount);
        SpaceTimeColumns columns = SpaceTimeColumns.choose(d.window(), laneCount, lane -> position[lane], q.columns(),
                new SpaceTimeColumns.Focus(Math.max(0, q.cursor()), d.cursorRow(), d.cursorLane(), inSlice));
        return new Data(d.log(), d.cursor(), d.cursorRow(), d.cursorLane(), d.window(), columns);
    }

    private Data loadWindow(Query q) {
        CausalGraph graph = q.log().session().causality();
        if (layoutLog != q.log()) {
            layoutLog = q.log();
            layout = new SpaceTimeLayout(graph, k -> q.log().session().laneIndex(k), q.log().count(), q.log().lanes().size());
        }
        long cursor = Math.max(0, q.cursor());
        boolean collapse = q.collapse() && collapses(q.log());
        long row = collapse ? Math.max(0, layout.rowOf(cursor)) : cursor;
        long first = Math.max(0, row - q.rows() / 2);
        SpaceTimeLayout.Window window = collapse ? layout.window(first, q.rows())
                : UncollapsedSpaceTime.window(q.log().session(), q.log().count(), first, q.rows());
        // A log without events has no lane at offset 0 to centre on.
        int lane = q.log().count() == 0 ? 0 : q.log().session().laneIndex(cursor);
        // Before the first event (-1) the diagram shows the log's start, but no node is the cursor.
        return new Data(q.log(), q.cursor(), q.cursor() < 0 ? -1 : row, lane, window, null);
    }

    /** Each lane's place in the user's order, made again only when the order or the log changes. */
    private int[] positions(List<Integer> order, int laneCount) {
        if (order != positionsOf || positions == null || positions.length != laneCount) {
            int[] p = new int[laneCount];
            Arrays.fill(p, Integer.MAX_VALUE);
            if (order != null) {
                for (int i = 0; i < order.size(); i++) {
                    int lane = order.get(i);
                    if (lane >= 0 && lane < laneCount && p[lane] == Integer.MAX_VALUE) p[lane] = i;
                }
            }
            positions = p;
            positionsOf = order;
        }
        return positions;
    }

    @Override
    public void close() {
        worker.close();
    }
}
