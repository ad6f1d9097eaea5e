package dev.chronoscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The pieces of a postings run in memory: key numbering, the unsigned radix sort, offset bounds. */
class FlatPostingsTest {
    @Test
    void keysKeepTheirFirstSightNumbersThroughManyGrowths() {
        KeyNumbers keys = new KeyNumbers();
        for (int i = 0; i < 100_000; i++) assertEquals(i, keys.numberOf("k/" + i));
        for (int i = 0; i < 100_000; i += 977) {
            assertEquals(i, keys.numberOf("k/" + i));
            assertEquals(i, keys.find("k/" + i));
            assertEquals("k/" + i, keys.keyOf(i));
        }
        assertEquals(-1, keys.find("absent"));
        assertEquals(100_000, keys.size());
        String[] sorted = keys.inKeyOrder();
        for (int i = 1; i < sorted.length; i++) assertEquals(-1, Integer.signum(sorted[i - 1].compareTo(sorted[i])));
        keys.clear();
        assertEquals(0, keys.size());
        assertEquals(-1, keys.find("k/1"));
    }

    @Test
    void offsetsOutsideTheFortyBitRangeAreRefused() {
        PostingsWriterImpl w = new PostingsWriterImpl(new TreeMap<>(), new TreeMap<>(), 1 << 20);
        assertThrows(IllegalArgumentException.class, () -> w.add("k", -1));
        assertThrows(IllegalArgumentException.class, () -> w.add("k", PostingsWriterImpl.MAX_OFFSET + 1));
        w.add("k", PostingsWriterImpl.MAX_OFFSET);
        TreeMap<Long, byte[]> index = new TreeMap<>();
        PostingsWriterImpl one = new PostingsWriterImpl(new TreeMap<>(), index, 1 << 20);
        one.addAll("k", new long[] {PostingsWriterImpl.MAX_OFFSET, 4, 4, 2}, 4);
        StoredPostings p = new StoredPostings(index, one.finish());
        assertArrayEquals(new long[] {2, 4, PostingsWriterImpl.MAX_OFFSET}, p.offsets("k", 0, Long.MAX_VALUE));
    }
}
