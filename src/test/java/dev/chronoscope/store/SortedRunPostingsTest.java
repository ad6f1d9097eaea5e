package dev.chronoscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Sorted runs handed over by a producer that orders its own postings (the fold's path index). */
class SortedRunPostingsTest {
    private final TreeMap<Long, byte[]> tmp = new TreeMap<>();
    private final TreeMap<Long, byte[]> index = new TreeMap<>();
    private final PostingsWriterImpl writer = new PostingsWriterImpl(tmp, index, 1 << 20);

    @Test
    void aLoneSortedRunIsTheIndexWithoutAMerge() {
        long[] many = LongStream.range(0, 3 * PostingsBlocks.MAX_ENTRIES + 5).map(i -> i * 3).toArray();
        try (Postings.SortedRun run = writer.sortedRun()) {
            run.add("a", new long[] {1, 4}, 2);
            run.add("a", new long[] {9, 99}, 1); // the same key goes on; only count entries are taken
            run.add("b/c", many, many.length);
            run.add("b/d", new long[] {7}, 1);
        }
        int blocksOfTheRun = tmp.size();
        StoredPostings p = new StoredPostings(index, writer.finish());
        assertTrue(tmp.isEmpty(), "the run's blocks moved to the index");
        assertEquals(blocksOfTheRun, index.size());
        assertArrayEquals(new long[] {1, 4, 9}, p.offsets("a", 0, Long.MAX_VALUE));
        assertArrayEquals(many, p.offsets("b/c", 0, Long.MAX_VALUE));
        assertEquals(many.length, p.count("b/c"));
        assertEquals(6, p.floor("b/c", 7));
        assertEquals(7, p.ceiling("b/d", 0));
        assertEquals(List.of("b/c", "b/d"), p.keysWithPrefix("b/", 10));
    }

    @Test
    void sortedRunsMergeWithBufferedEntriesAndEachOther() {
        writer.add("b", 5);
        try (Postings.SortedRun run = writer.sortedRun()) {
            run.add("a", new long[] {1, 2}, 2);
            run.add("b", new long[] {1, 5}, 2);
        }
        writer.add("a", 10);
        try (Postings.SortedRun run = writer.sortedRun()) {
            run.add("a", new long[] {11}, 1);
            run.add("c", new long[] {0}, 1);
        }
        StoredPostings p = new StoredPostings(index, writer.finish());
        assertArrayEquals(new long[] {1, 2, 10, 11}, p.offsets("a", 0, Long.MAX_VALUE));
        assertArrayEquals(new long[] {1, 5}, p.offsets("b", 0, Long.MAX_VALUE));
        assertArrayEquals(new long[] {0}, p.offsets("c", 0, Long.MAX_VALUE));
    }

    @Test
    void entriesOutOfTheRunsOrderAreRefused() {
        try (Postings.SortedRun run = writer.sortedRun()) {
            run.add("m", new long[] {5}, 1);
            assertThrows(IllegalArgumentException.class, () -> run.add("a", new long[] {6}, 1), "key before the previous one");
            assertThrows(IllegalArgumentException.class, () -> run.add("m", new long[] {5}, 1), "offset repeated across calls");
            assertThrows(IllegalArgumentException.class, () -> run.add("n", new long[] {3, 3}, 2), "offset repeated");
            assertThrows(IllegalArgumentException.class, () -> run.add("n", new long[] {3, 2}, 2), "offsets descending");
            assertThrows(IllegalArgumentException.class, () -> run.add("n", new long[] {-1}, 1), "negative offset");
            assertThrows(IllegalStateException.class, () -> writer.add("z", 1), "plain add while the run is open");
            assertThrows(IllegalStateException.class, writer::finish, "finish while the run is open");
        }
        writer.add("z", 1);
        StoredPostings p = new StoredPostings(index, writer.finish());
        assertArrayEquals(new long[] {5}, p.offsets("m", 0, Long.MAX_VALUE));
        assertArrayEquals(new long[] {1}, p.offsets("z", 0, Long.MAX_VALUE));
    }
}
