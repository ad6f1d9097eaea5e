package dev.chronoscope.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.store.Fingerprint;
import dev.chronoscope.store.LogStore;
import dev.chronoscope.store.LogStoreWriter;
import dev.chronoscope.store.Postings;
import dev.chronoscope.store.StoreCatalog;
import dev.chronoscope.store.Stores;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingWriterTest {

    /** Paths that never repeat push the table past its limit; forgetting must not change any answer. */
    @Test
    void forgettingIdlePathsChangesNoChangeSetAndNoLeaf() {
        RecordingWriter forgetful = new RecordingWriter(8);
        RecordingWriter roomy = new RecordingWriter(1 << 20);
        SplittableRandom random = new SplittableRandom(7);
        int changes = 0;
        for (int event = 0; event < 20_000; event++) {
            for (int w = random.nextInt(1, 4); w > 0; w--) {
                String path = "conn/" + random.nextInt(Math.max(1, event / 4)) + "/" + (random.nextBoolean() ? "tx" : "rx");
                switch (random.nextInt(5)) {
                    case 0 -> both(forgetful, roomy, path, null);
                    case 1 -> {
                        String parent = path.substring(0, path.lastIndexOf('/'));
                        forgetful.remove(parent);
                        roomy.remove(parent);
                    }
                    case 2 -> {
                        ObjectNode object = JsonNodeFactory.instance.objectNode();
                        object.put("pid", random.nextInt(3));
                        both(forgetful, roomy, path.substring(0, path.lastIndexOf('/')), object);
                    }
                    default -> both(forgetful, roomy, path, IntNode.valueOf(random.nextInt(3)));
                }
            }
            List<Change> expected = roomy.finishEvent();
            changes += expected.size();
            assertEquals(expected, forgetful.finishEvent(), "change set of event " + event);
        }
        assertEquals(roomy.leaves(), forgetful.leaves());
        assertTrue(changes > 20_000, "the sequence exercises the writer: " + changes + " changes");
    }

    /**
     * The same while a path index takes each event's changed nodes, as in an ingest: nodes then
     * hold offsets waiting for the postings writer when the table forgets, and neither the
     * change sets nor the index may notice.
     */
    @Test
    void forgettingWhileNodesHoldIndexOffsetsChangesNothing() {
        MemoryStoreWriter store = new MemoryStoreWriter();
        assertIndexSurvivesForgetting(store.postings("leaves"), PathIndexer.BUDGET,
                () -> new MemoryStore(store).postings("leaves"));
    }

    /**
     * The same on the MapDB store with a budget so small that the index is written as many sorted
     * runs, which the store merges: a path's offsets are then spread over runs, and over several
     * nodes of one path when the fold forgot a node and made a new one.
     */
    @Test
    void anIndexWrittenAsManyRunsAnswersLikeOne(@TempDir Path cache) {
        StoreCatalog catalog = Stores.catalog(cache);
        Fingerprint fp = new Fingerprint("path-index-runs", "forgetting sequence");
        List<LogStore> opened = new java.util.ArrayList<>();
        try (LogStoreWriter writer = catalog.create(fp, 1000)) {
            Postings.Writer postings = writer.postings("leaves");
            assertIndexSurvivesForgetting(postings, 2048, () -> {
                writer.commit();
                opened.add(catalog.openComplete(fp).orElseThrow());
                return opened.get(0).postings("leaves");
            });
        } finally {
            opened.forEach(LogStore::close);
        }
    }

    private static void assertIndexSurvivesForgetting(Postings.Writer postings, long budget, Supplier<Postings> written) {
        RecordingWriter forgetful = new RecordingWriter(8);
        RecordingWriter roomy = new RecordingWriter(1 << 20);
        PathIndexer indexer = new PathIndexer(postings, budget);
        TreeMap<String, TreeSet<Long>> expected = new TreeMap<>();
        SplittableRandom random = new SplittableRandom(11);
        for (int event = 0; event < 30_000; event++) {
            int pid = random.nextInt(Math.max(1, event / 50));
            String fd = "files/" + pid + "/" + random.nextInt(4);
            switch (random.nextInt(4)) {
                case 0 -> {
                    forgetful.remove(fd);
                    roomy.remove(fd);
                }
                case 1 -> {
                    forgetful.remove("files/" + pid);
                    roomy.remove("files/" + pid);
                }
                default -> {
                    both(forgetful, roomy, fd + "/path", IntNode.valueOf(random.nextInt(3)));
                    both(forgetful, roomy, fd + "/flags", IntNode.valueOf(random.nextInt(2)));
                }
            }
            List<Change> changes = roomy.finishEvent();
            assertEquals(changes, forgetful.finishEvent(), "change set of event " + event);
            for (Change c : changes) {
                for (int slash = c.path().length(); slash > 0; slash = c.path().lastIndexOf('/', slash - 1)) {
                    expected.computeIfAbsent(c.path().substring(0, slash), k -> new TreeSet<>()).add((long) event);
                }
            }
            if (!changes.isEmpty()) indexer.index(forgetful.changedNodes(), event, forgetful.forgottenWithPostings());
        }
        indexer.finish();
        assertEquals(roomy.leaves(), forgetful.leaves());
        assertTrue(forgetful.forgottenWithPostings() > 0, "the table forgot nodes that held offsets");
        Postings index = written.get();
        for (var e : expected.entrySet()) {
            long[] stored = index.offsets(e.getKey(), 0, Long.MAX_VALUE);
            assertEquals(List.copyOf(e.getValue()), Arrays.stream(stored).boxed().toList(), "postings of " + e.getKey());
        }
        assertEquals(expected.size(), index.keysWithPrefix("", Integer.MAX_VALUE).size(), "no other keys");
    }

    private static void both(RecordingWriter a, RecordingWriter b, String path, JsonNode value) {
        if (value == null) {
            a.remove(path);
            b.remove(path);
        } else {
            a.set(path, value);
            b.set(path, value);
        }
    }
}
