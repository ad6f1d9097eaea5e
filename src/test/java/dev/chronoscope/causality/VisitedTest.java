package dev.chronoscope.causality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VisitedTest {
    @Test
    void answersLikeASetBeforeAndAfterItTurnsDense() {
        Visited visited = Visited.forCount(1_000_000);
        Set<Long> expected = new HashSet<>();
        Random random = new Random(3);
        // Enough offsets to pass from the hash table to the bit set, many of them seen twice.
        for (int i = 0; i < 3 * Visited.SmallThenBits.DENSE; i++) {
            long offset = i % 3 == 0 ? random.nextInt(2_000) : random.nextInt(1_000_000);
            assertEquals(expected.add(offset), visited.add(offset), "offset " + offset + " at step " + i);
        }
        assertTrue(expected.size() > Visited.SmallThenBits.DENSE);
        for (long offset : expected) assertFalse(visited.add(offset), "still seen: " + offset);
    }

    @Test
    void offsetZeroAndOffsetsOutsideTheLog() {
        Visited visited = Visited.forCount(10);
        assertTrue(visited.add(0));
        assertFalse(visited.add(0));
        assertFalse(visited.add(-1));
        assertFalse(visited.add(1L + Integer.MAX_VALUE));
    }
}
