package dev.chronoscope.causality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.function.LongPredicate;

/**
 * Which lanes of a space-time {@link SpaceTimeLayout.Window} get a column, left to right.
 *
 * <p>When every lane fits, every lane gets one, in the user's order. When they do not (a log with
 * thousands of lanes would give each a sliver), only the lanes that matter around the cursor are
 * kept, as ShiViz hides the processes not involved: first the cursor's lane, then the lanes of the
 * window's events in the cursor's slice and both lanes of every arrow between the cursor's event
 * and its slice (the lit arrows, whose far end may lie outside the window), then both lanes of the
 * other arrows drawn, and with room to spare the lanes of the window's
 * other events; within each rank the lane whose event lies nearest the cursor's row goes first.
 * The kept lanes are then put back in the user's order. Made once per loaded window, off the UI
 * thread, so that painting looks lanes up and never scans.
 */
public final class SpaceTimeColumns {
    /** Where the diagram is centred and what its slice holds. */
    public record Focus(long offset, long row, int lane, LongPredicate inSlice) {}

    private static final int CURSOR = 0;
    private static final int SLICE = 1;
    private static final int ARROW = 2;
    private static final int NEARBY = 3;

    private final int[] lanes;
    /** lanes sorted, with each one's column beside it: lookups by binary search, no array per lane. */
    private final int[] sortedLanes;
    private final int[] columnOfSorted;
    private final int hidden;

    private SpaceTimeColumns(int[] lanes, int laneCount) {
        this.lanes = lanes;
        Integer[] byLane = new Integer[lanes.length];
        for (int i = 0; i < lanes.length; i++) byLane[i] = i;
        Arrays.sort(byLane, (a, b) -> Integer.compare(lanes[a], lanes[b]));
        sortedLanes = new int[lanes.length];
        columnOfSorted = new int[lanes.length];
        for (int i = 0; i < lanes.length; i++) {
            sortedLanes[i] = lanes[byLane[i]];
            columnOfSorted[i] = byLane[i];
        }
        hidden = laneCount - lanes.length;
    }

    /**
     * @param laneCount how many lanes the log has
     * @param position  where the user placed each lane (smaller is further left); ties keep lane order
     * @param capacity  how many columns fit at a readable width (at least one is always given)
     */
    public static SpaceTimeColumns choose(SpaceTimeLayout.Window window, int laneCount, IntUnaryOperator position,
                                          int capacity, Focus focus) {
        int room = Math.max(1, capacity);
        List<Integer> kept = new ArrayList<>();
        if (laneCount <= room) {
            for (int lane = 0; lane < laneCount; lane++) kept.add(lane);
        } else {
            List<Integer> ranked = ranked(window, laneCount, focus, position);
            kept.addAll(ranked.subList(0, Math.min(room, ranked.size())));
        }
        kept.sort((a, b) -> {
            int c = Integer.compare(position.applyAsInt(a), position.applyAsInt(b));
            return c != 0 ? c : Integer.compare(a, b);
        });
        return new SpaceTimeColumns(kept.stream().mapToInt(Integer::intValue).toArray(), laneCount);
    }

    /** The lanes that appear in the window, most important first. */
    private static List<Integer> ranked(SpaceTimeLayout.Window window, int laneCount, Focus focus,
                                        IntUnaryOperator position) {
        Map<Integer, long[]> best = bestMentions(window, laneCount, focus);
        List<Integer> lanes = new ArrayList<>(best.keySet());
        lanes.sort((a, b) -> {
            long[] x = best.get(a);
            long[] y = best.get(b);
            if (x[0] != y[0]) return Long.compare(x[0], y[0]);
            if (x[1] != y[1]) return Long.compare(x[1], y[1]);
            int c = Integer.compare(position.applyAsInt(a), position.applyAsInt(b));
            return c != 0 ? c : Integer.compare(a, b);
        });
        return lanes;
    }

    /** For each lane in the window: its best rank and, at that rank, its least distance in rows from the cursor. */
    private static Map<Integer, long[]> bestMentions(SpaceTimeLayout.Window window, int laneCount, Focus focus) {
        Map<Integer, long[]> best = new HashMap<>();
        mention(best, laneCount, focus.lane(), CURSOR, 0);
        for (SpaceTimeLayout.Node n : window.nodes()) {
            mention(best, laneCount, n.lane(), focus.inSlice().test(n.offset()) ? SLICE : NEARBY,
                    Math.abs(n.row() - focus.row()));
        }
        for (SpaceTimeLayout.Arrow a : window.arrows()) {
            int rank = inFocus(focus, a.fromOffset()) && inFocus(focus, a.toOffset()) ? SLICE : ARROW;
            long distance = Math.min(Math.abs(a.fromRow() - focus.row()), Math.abs(a.toRow() - focus.row()));
            mention(best, laneCount, a.fromLane(), rank, distance);
            mention(best, laneCount, a.toLane(), rank, distance);
        }
        return best;
    }

    /** The cursor's event or one of its slice: an arrow between two such is drawn lit. */
    private static boolean inFocus(Focus focus, long offset) {
        return offset == focus.offset() || focus.inSlice().test(offset);
    }

    private static void mention(Map<Integer, long[]> best, int laneCount, int lane, int rank, long distance) {
        if (lane < 0 || lane >= laneCount) return;
        long[] now = best.get(lane);
        if (now == null) best.put(lane, new long[] {rank, distance});
        else if (rank < now[0] || rank == now[0] && distance < now[1]) {
            now[0] = rank;
            now[1] = distance;
        }
    }

    /** How many columns. */
    public int count() {
        return lanes.length;
    }

    /** The lane in a column. */
    public int lane(int column) {
        return lanes[column];
    }

    /** The lanes shown, left to right. */
    public int[] lanes() {
        return lanes.clone();
    }

    /** The column of a lane, or -1 when it is hidden. */
    public int columnOf(int lane) {
        int i = Arrays.binarySearch(sortedLanes, lane);
        return i < 0 ? -1 : columnOfSorted[i];
    }

    /** How many of the log's lanes have no column. */
    public int hidden() {
        return hidden;
    }
}
