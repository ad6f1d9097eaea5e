package dev.chronoscope.causality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chronoscope.causality.SpaceTimeColumns.Focus;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

class SpaceTimeColumnsTest {
    private static final IntUnaryOperator BY_INDEX = lane -> lane;
    private static final LongPredicate NO_SLICE = k -> false;

    /** Event k on lane LANES[k], one per row; 3→4 and 4→9 cross lanes, 3 and 9 are the only slice events of 4. */
    private static final int[] LANES = {5, 6, 7, 1, 2, 8, 9, 3, 4, 0};

    private static SpaceTimeLayout window() {
        return new SpaceTimeLayout(new EdgeListGraph().edge(3, 4).edge(4, 9), k -> LANES[(int) k], LANES.length, 10);
    }

    private static Focus at(long k, LongPredicate slice) {
        return new Focus(k, k, LANES[(int) k], slice);
    }

    @Test
    void everyLaneGetsAColumnInTheUsersOrderWhenAllFit() {
        SpaceTimeLayout.Window w = window().window(2, 5);
        SpaceTimeColumns all = SpaceTimeColumns.choose(w, 10, lane -> 9 - lane, 10, at(4, NO_SLICE));
        assertArrayEquals(new int[] {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, all.lanes());
        assertEquals(0, all.hidden());
        assertEquals(9, all.columnOf(0));
        assertEquals(0, all.columnOf(9));
    }

    @Test
    void tooManyLanesKeepTheCursorsLaneAndTheLanesOfItsSliceInTheUsersOrder() {
        SpaceTimeLayout layout = window();
        SpaceTimeLayout.Window w = layout.window(0, 10);
        // Event 4 (lane 2): its cause 3 (lane 1) and effect 9 (lane 0) sit in the window, joined by lit arrows.
        LongPredicate slice = k -> k == 3 || k == 9;
        SpaceTimeColumns three = SpaceTimeColumns.choose(w, 10, BY_INDEX, 3, at(4, slice));
        assertArrayEquals(new int[] {0, 1, 2}, three.lanes());
        assertEquals(7, three.hidden());
        assertEquals(-1, three.columnOf(5), "a lane with only unrelated events is hidden");
        assertEquals(2, three.columnOf(2));

        IntUnaryOperator reversed = lane -> -lane;
        assertArrayEquals(new int[] {2, 1, 0}, SpaceTimeColumns.choose(w, 10, reversed, 3, at(4, slice)).lanes(),
                "the kept lanes follow the user's order, not their importance");
    }

    @Test
    void arrowsKeepBothTheirLanesEvenWhenOneEndLiesOutsideTheWindow() {
        SpaceTimeLayout layout = window();
        // Rows 8..9 hold events 8 (lane 4) and 9 (lane 0); the arrow 4→9 reaches up to event 4 on lane 2.
        SpaceTimeLayout.Window w = layout.window(8, 2);
        assertEquals(java.util.List.of(4, 0), w.nodes().stream().map(SpaceTimeLayout.Node::lane).toList());
        SpaceTimeColumns three = SpaceTimeColumns.choose(w, 10, BY_INDEX, 3, at(8, NO_SLICE));
        assertArrayEquals(new int[] {0, 2, 4}, three.lanes(), "lane 2 has no event in the window, only the arrow's far end");
        assertEquals(7, three.hidden());
    }

    @Test
    void spareColumnsGoToTheLanesNearestTheCursor() {
        SpaceTimeLayout.Window w = window().window(0, 10);
        // No slice and event 6 (lane 9) far from the arrows: after the cursor's lane, the arrows' lanes
        // (1, 2, 0), then the lanes of rows 5 and 7 (8 and 3), the nearest to row 6.
        SpaceTimeColumns six = SpaceTimeColumns.choose(w, 10, BY_INDEX, 6, at(6, NO_SLICE));
        assertArrayEquals(new int[] {0, 1, 2, 3, 8, 9}, six.lanes());
        assertEquals(4, six.hidden());
        // A lane without any event in the window is never chosen over one that has one.
        SpaceTimeLayout.Window top = window().window(0, 3);
        SpaceTimeColumns few = SpaceTimeColumns.choose(top, 10, BY_INDEX, 8, at(1, NO_SLICE));
        assertArrayEquals(new int[] {5, 6, 7}, few.lanes());
        assertEquals(7, few.hidden());
    }

    @Test
    void theCursorsLaneStaysWhenOnlyOneColumnFits() {
        SpaceTimeLayout.Window w = window().window(0, 10);
        SpaceTimeColumns one = SpaceTimeColumns.choose(w, 10, BY_INDEX, 0, at(7, k -> k == 3));
        assertArrayEquals(new int[] {3}, one.lanes());
        assertEquals(9, one.hidden());
    }

    @Test
    void aLogOfThousandsOfLanesShowsOnlyWhatTheWindowHolds() {
        int lanes = 3000;
        int events = 20_000;
        SpaceTimeLayout layout = new SpaceTimeLayout(new EdgeListGraph(), k -> (int) (k % lanes), events, lanes);
        long row = layout.rowOf(40);
        SpaceTimeLayout.Window w = layout.window(row - 5, 10);
        SpaceTimeColumns columns = SpaceTimeColumns.choose(w, lanes, BY_INDEX, 18, new Focus(40, row, 40, NO_SLICE));
        int[] expected = w.nodes().stream().mapToInt(SpaceTimeLayout.Node::lane).sorted().toArray();
        assertArrayEquals(expected, columns.lanes());
        assertEquals(lanes - expected.length, columns.hidden());
        assertEquals(Arrays.stream(columns.lanes()).boxed().toList().indexOf(40), columns.columnOf(40));
    }
}
