package dev.chronoscope.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

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
        RecordingWriter forgetful = new RecordingWriter(8);
        RecordingWriter roomy = new RecordingWriter(1 << 20);
        MemoryStoreWriter store = new MemoryStoreWriter();
        PathIndexer indexer = new PathIndexer(store.postings("leaves"));
        java.util.TreeMap<String, java.util.TreeSet<Long>> expectedLeaves = new java.util.TreeMap<>();
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
            List<Change> expected = roomy.finishEvent();
            assertEquals(expected, forgetful.finishEvent(), "change set of event " + event);
            for (Change c : expected) expectedLeaves.computeIfAbsent(c.path(), k -> new java.util.TreeSet<>()).add((long) event);
            if (!expected.isEmpty()) indexer.index(forgetful.changedNodes(), event);
        }
        indexer.finish();
        assertEquals(roomy.leaves(), forgetful.leaves());
        dev.chronoscope.store.Postings leaves = new MemoryStore(store).postings("leaves");
        for (var e : expectedLeaves.entrySet()) {
            long[] stored = leaves.offsets(e.getKey(), 0, Long.MAX_VALUE);
            assertEquals(e.getValue().stream().mapToLong(Long::longValue).boxed().toList(),
                    java.util.Arrays.stream(stored).boxed().toList(), "leaf postings of " + e.getKey());
        }
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
