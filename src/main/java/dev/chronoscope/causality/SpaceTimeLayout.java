package dev.chronoscope.causality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongToIntFunction;

/**
 * The geometry of the space-time diagram, free of any UI toolkit: one column per lane, one row per
 * visible node in log order, and an arrow for every edge between different lanes.
 *
 * <p>As in ShiViz, the local events of a lane between two of its communications collapse into one
 * node: an event gets its own row when it communicates (has an edge to or from another lane) or
 * when the previous event on its lane did (or there is none); any other event joins the run of its
 * lane's previous event. Rows are only ever computed for the window asked for: {@link RowIndex}
 * keeps checkpoints of the row count and lane states every few hundred offsets, so a window far
 * down a log of millions of events costs a short scan, not a pass over everything before it.
 */
public final class SpaceTimeLayout {
    /** How far past the window a collapsed run is followed to count its events. */
    static final int RUN_LOOKAHEAD = 1 << 12;

    /**
     * @param row       the row of the node
     * @param lane      its column
     * @param offset    the first event it shows
     * @param events    how many events it shows (1 unless collapsed)
     * @param complete  false when the run went on beyond the look-ahead and events is a lower bound
     */
    public record Node(long row, int lane, long offset, long events, boolean complete) {
        public boolean collapsed() {
            return events > 1;
        }
    }

    /** An edge between lanes, with the rows of its ends (either may lie outside the window). */
    public record Arrow(long fromOffset, long toOffset, long fromRow, long toRow, int fromLane, int toLane,
                        String kind, boolean againstTime) {}

    /** The nodes whose rows lie in [firstRow, firstRow + rows) and the arrows touching them. */
    public record Window(long firstRow, List<Node> nodes, List<Arrow> arrows) {}

    private final CausalGraph graph;
    private final LongToIntFunction laneOf;
    private final RowIndex index;

    /**
     * @param laneOf    the lane index of an offset (e.g. {@code store::laneIndex}, which needs no decoding)
     * @param laneCount how many lanes there are
     */
    public SpaceTimeLayout(CausalGraph graph, LongToIntFunction laneOf, long eventCount, int laneCount) {
        this.graph = graph;
        this.laneOf = laneOf;
        this.index = new RowIndex(new Communication(graph, laneOf, eventCount), laneOf, eventCount, laneCount);
    }

    /** All rows; the first call walks the whole log once (do it off the UI thread). */
    public long rowCount() {
        return index.rowCount();
    }

    /** The row that shows the event (the row of its run when collapsed); -1 outside the log. */
    public long rowOf(long offset) {
        return index.rowOf(offset);
    }

    public Window window(long firstRow, int rows) {
        List<Node> nodes = new ArrayList<>();
        if (rows <= 0 || firstRow < 0) return new Window(firstRow, nodes, List.of());
        long endRow = firstRow + rows;
        RowIndex.Scan scan = index.scanFromRow(firstRow);
        Map<Integer, Integer> openRuns = new LinkedHashMap<>();
        long lookahead = -1;
        while (scan.advance()) {
            long row = scan.row();
            int lane = scan.lane();
            if (scan.visible()) {
                openRuns.remove(lane);
                if (row >= endRow) {
                    if (openRuns.isEmpty()) break;
                    if (lookahead < 0) lookahead = scan.offset() + RUN_LOOKAHEAD;
                } else if (row >= firstRow) {
                    nodes.add(new Node(row, lane, scan.offset(), 1, true));
                    if (!scan.communicates()) openRuns.put(lane, nodes.size() - 1);
                }
            } else {
                Integer open = openRuns.get(lane);
                if (open != null) {
                    Node n = nodes.get(open);
                    nodes.set(open, new Node(n.row(), lane, n.offset(), n.events() + 1, true));
                }
            }
            if (lookahead >= 0 && scan.offset() >= lookahead) break;
        }
        if (!scan.atEnd()) {
            for (int open : openRuns.values()) {
                Node n = nodes.get(open);
                nodes.set(open, new Node(n.row(), n.lane(), n.offset(), n.events(), false));
            }
        }
        return new Window(firstRow, nodes, arrows(nodes));
    }

    private List<Arrow> arrows(List<Node> nodes) {
        Map<Long, Long> rows = new HashMap<>();
        for (Node node : nodes) if (!node.collapsed()) rows.put(node.offset(), node.row());
        Map<String, Arrow> arrows = new LinkedHashMap<>();
        for (Node node : nodes) {
            if (node.collapsed()) continue;
            for (Edge e : graph.incoming(node.offset())) addIfCrossLane(arrows, e, rows);
            for (Edge e : graph.outgoing(node.offset())) addIfCrossLane(arrows, e, rows);
        }
        return List.copyOf(arrows.values());
    }

    private void addIfCrossLane(Map<String, Arrow> arrows, Edge e, Map<Long, Long> rows) {
        int fromLane = laneOf.applyAsInt(e.from());
        int toLane = laneOf.applyAsInt(e.to());
        if (fromLane == toLane) return;
        String key = e.from() + ">" + e.to() + ":" + e.kind();
        if (arrows.containsKey(key)) return;
        long fromRow = rows.computeIfAbsent(e.from(), index::rowOf);
        long toRow = rows.computeIfAbsent(e.to(), index::rowOf);
        arrows.put(key, new Arrow(e.from(), e.to(), fromRow, toRow, fromLane, toLane, e.kind(), e.againstTime()));
    }
}
