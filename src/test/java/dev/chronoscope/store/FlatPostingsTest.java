package dev.chronoscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The pieces of a postings run in memory: key numbering, number keys' order, offset bounds. */
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
    void numberKeysSortInTheOrderOfTheirDecimalText() {
        java.util.Random r = new java.util.Random(3);
        List<Long> numbers = new ArrayList<>(List.of(0L, 1L, 9L, 10L, 11L, 19L, 100L, 101L, 2L, 20L, 999_999_999_999_999L));
        for (int i = 0; i < 5_000; i++) numbers.add((long) (Math.pow(10, r.nextInt(15)) * r.nextDouble()));
        for (long n : numbers) assertEquals(n, PostingsWriterImpl.numberOf(PostingsWriterImpl.textOrder(n)), "round trip " + n);
        List<Long> byText = new ArrayList<>(numbers);
        byText.sort(Comparator.comparing(n -> Long.toString(n)));
        List<Long> byOrder = new ArrayList<>(numbers);
        byOrder.sort(Comparator.comparingLong(PostingsWriterImpl::textOrder));
        assertEquals(byText, byOrder);
        PostingsWriterImpl w = new PostingsWriterImpl(new TreeMap<>(), new TreeMap<>(), 1 << 20);
        assertThrows(IllegalArgumentException.class, () -> w.addUnderNumber(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> w.addUnderNumber(1_000_000_000_000_000L, 0));
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
