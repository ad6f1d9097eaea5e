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
