package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CausalSliceTest {
    private static final CausalSlice.Marks NONE = new CausalSlice.Marks(new long[0], new long[0], new int[0]);

    private static CausalSlice slice(long k, long[] causes, long[] effects) {
        return new CausalSlice(k, 0, 0, 0, causes, effects, CausalSlice.sorted(causes), CausalSlice.sorted(effects),
                NONE, NONE);
    }

    @Test
    void labelsCountCausesAndEffects() {
        assertEquals("1 cause · 0 effects", slice(5, new long[] {4}, new long[0]).label());
        assertEquals("2 causes · 1 effect", slice(5, new long[] {4, 1}, new long[] {9}).label());
    }

    @Test
    void theTableListsTheSliceWithTheEventInLogOrder() {
        assertArrayEquals(new long[] {1, 4, 5, 7, 9}, slice(5, new long[] {4, 1}, new long[] {9, 7}).offsetsWithSelf());
    }

    @Test
    void edgesAreLitByTheSideOfTheSliceTheyLieOn() {
        CausalSlice s = slice(5, new long[] {4, 1}, new long[] {9, 7});
        assertEquals(1, s.edgeRole(4, 5));
        assertEquals(1, s.edgeRole(1, 4));
        assertEquals(2, s.edgeRole(5, 7));
        assertEquals(2, s.edgeRole(7, 9));
        assertEquals(0, s.edgeRole(2, 5));
        assertEquals(0, s.edgeRole(4, 7));
    }

    @Test
    void onlyTheSliceWithinAFilterKeepsWhatBothContain() {
        assertArrayEquals(new long[] {4, 9}, EventsTable.intersect(new long[] {1, 4, 5, 9}, new long[] {2, 4, 9, 12}));
        assertArrayEquals(new long[] {1, 4}, EventsTable.intersect(new long[] {1, 4}, null));
    }
}
