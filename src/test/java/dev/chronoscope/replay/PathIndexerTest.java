package dev.chronoscope.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chronoscope.store.Fingerprint;
import dev.chronoscope.store.LogStore;
import dev.chronoscope.store.LogStoreWriter;
import dev.chronoscope.store.StoreCatalog;
import dev.chronoscope.store.Stores;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The path index's own cases that a fold rarely produces, on the store that checks run order. */
class PathIndexerTest {
    @TempDir Path cache;

    @Test
    void theBudgetIsATwentiethOfTheHeapWithinItsBounds() {
        assertEquals(PathIndexer.BUDGET, PathIndexer.budgetFor(256L << 20));
        assertEquals((512L << 20) / 20, PathIndexer.budgetFor(512L << 20));
        assertEquals(PathIndexer.MAX_BUDGET, PathIndexer.budgetFor(6L << 30));
    }

    /**
     * Two nodes of one path whose offsets interleave (a forgotten node and its successor, both
     * changed in one event) are merged into one ascending list, each offset once; the store
     * refuses a sorted run whose offsets do not ascend, so a plain concatenation would fail.
     */
    @Test
    void nodesOfOnePathWhoseOffsetsInterleaveAreMerged() {
        PathNode root = new PathNode("", null);
        PathNode forgotten = new PathNode("a", root);
        PathNode successor = new PathNode("a", root);
        PathNode other = new PathNode("b", root);
        StoreCatalog catalog = Stores.catalog(cache);
        Fingerprint fp = new Fingerprint("path-index-merge", "interleaved nodes");
        try (LogStoreWriter writer = catalog.create(fp, 1000)) {
            PathIndexer indexer = new PathIndexer(writer.postings("paths"));
            indexer.index(List.of(forgotten, other), 1, 0);
            indexer.index(List.of(successor), 2, 0);
            indexer.index(List.of(forgotten, successor), 3, 1);
            indexer.index(List.of(forgotten), 300, 1);
            indexer.finish();
            writer.commit();
        }
        try (LogStore store = catalog.openComplete(fp).orElseThrow()) {
            assertArrayEquals(new long[] {1, 2, 3, 300}, store.postings("paths").offsets("a", 0, Long.MAX_VALUE));
            assertArrayEquals(new long[] {1}, store.postings("paths").offsets("b", 0, Long.MAX_VALUE));
        }
    }
}
