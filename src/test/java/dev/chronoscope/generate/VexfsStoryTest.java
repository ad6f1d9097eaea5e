package dev.chronoscope.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.VectorClock;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Vector clocks follow the happens-before rules, propagation names an earlier event, every
 * replica sees an object created before it is changed, and the partition shows as concurrency.
 */
class VexfsStoryTest {
    private static final int N = 10_000;

    @TempDir
    Path dir;

    private final Map<String, ObjectNode> byId = new HashMap<>();
    private final Map<String, Long> own = new HashMap<>();
    private final Map<String, Set<String>> objects = new HashMap<>();
    private final Map<String, Long> indexSize = new HashMap<>();

    @ParameterizedTest
    @ValueSource(longs = {42, 9})
    void clocksPropagationAndReplicasAreConsistentAndThePartitionIsVisible(long seed) throws Exception {
        List<ObjectNode> log = Logs.generate("vexfs-semantic", dir, N, seed);
        long partitionFrom = (long) (N * 0.45);
        long partitionUntil = partitionFrom + Math.min(3000, N * 25 / 100);
        int concurrentAcrossCut = 0;
        int healed = 0;
        for (int offset = 0; offset < log.size(); offset++) {
            ObjectNode e = log.get(offset);
            String instance = e.get("instance").asText();
            String at = "seed " + seed + " offset " + offset + " " + e.get("event_type").asText();
            long mine = e.get("vector_clock").get(instance).asLong();
            assertEquals(own.getOrDefault(instance, 0L) + 1, mine, at + ": own entry steps by one");
            own.put(instance, mine);
            assertEquals(instance + ":" + mine, e.get("event_id").asText(), at);
            if (e.has("propagated_from")) {
                ObjectNode from = byId.get(e.get("propagated_from").asText());
                assertNotNull(from, at + ": propagates an unknown or later event");
                assertTrue(clock(from).happensBefore(clock(e)), at + ": the propagated event happens before");
                boolean cross = e.get("boundary").asText().equals("cross_instance");
                assertEquals(cross, !from.get("instance").asText().equals(instance), at + ": boundary vs instances");
                if (cross && cut(from, e)) {
                    // what was sent before the cut may still arrive during its first ~2 ms
                    assertTrue(offset < partitionFrom + 600 || offset >= partitionUntil,
                            at + ": crossed the cut while partitioned");
                    if (offset >= partitionUntil && offset < partitionUntil + 400) healed++;
                }
            }
            if (e.has("caused_by")) assertNotNull(byId.get(e.get("caused_by").asText()), at + ": unknown cause");
            String boundary = e.get("boundary").asText();
            if (boundary.equals("origin") || boundary.equals("cross_instance")) apply(instance, e, at);
            if (offset > partitionFrom + 200 && offset < partitionUntil && instance.equals("vexfs-c")) {
                ObjectNode aEvent = lastOf(log, offset, "vexfs-a");
                if (aEvent != null && !clock(aEvent).happensBefore(clock(e)) && !clock(e).happensBefore(clock(aEvent))) {
                    concurrentAcrossCut++;
                }
            }
            byId.put(e.get("event_id").asText(), e);
        }
        assertTrue(concurrentAcrossCut > 50, "events of a and c are concurrent during the cut: " + concurrentAcrossCut);
        assertTrue(healed > 20, "held replication is delivered in a burst on heal: " + healed);
    }

    /** Replays the operation on the instance's own copy: whatever it changes must exist there. */
    private void apply(String instance, ObjectNode e, String at) {
        String type = e.get("event_type").asText();
        JsonNode ctx = e.get("context");
        Set<String> mine = objects.computeIfAbsent(instance, i -> new HashSet<>());
        switch (type) {
            case "FilesystemMkdir", "FilesystemCreate" -> assertTrue(mine.add(ctx.at("/filesystem/path").asText()), at);
            case "FilesystemWrite", "FilesystemTruncate", "FilesystemSync" ->
                    assertTrue(mine.contains(ctx.at("/filesystem/path").asText()), at + ": no such file here");
            case "FilesystemRename" -> {
                assertTrue(mine.remove(ctx.at("/filesystem/path").asText()), at + ": no such file here");
                mine.add(ctx.at("/filesystem/new_path").asText());
            }
            case "FilesystemDelete" -> assertTrue(mine.remove(ctx.at("/filesystem/path").asText()), at + ": no such file");
            case "GraphNodeCreate" -> assertTrue(mine.add(ctx.at("/graph/node_id").asText()), at);
            case "GraphPropertySet" -> assertTrue(mine.contains(ctx.at("/graph/node_id").asText()), at + ": no such node");
            case "GraphNodeDelete" -> assertTrue(mine.remove(ctx.at("/graph/node_id").asText()), at + ": no such node");
            case "GraphEdgeCreate" -> {
                assertTrue(mine.contains(ctx.at("/graph/from").asText()) && mine.contains(ctx.at("/graph/to").asText()),
                        at + ": an edge between nodes this instance lacks");
                mine.add(ctx.at("/graph/edge_id").asText());
            }
            case "GraphEdgeDelete" -> assertTrue(mine.remove(ctx.at("/graph/edge_id").asText()), at + ": no such edge");
            case "VectorCreate", "VectorDelete" -> {
                long size = indexSize.getOrDefault(instance, 0L) + (type.equals("VectorCreate") ? 1 : -1);
                indexSize.put(instance, size);
                assertEquals(size, ctx.at("/vector/index_size").asLong(), at + ": index size");
            }
            default -> { }
        }
    }

    private static boolean cut(ObjectNode from, ObjectNode to) {
        Set<String> ends = Set.of(from.get("instance").asText(), to.get("instance").asText());
        return ends.equals(Set.of("vexfs-a", "vexfs-c"));
    }

    private static ObjectNode lastOf(List<ObjectNode> log, int before, String instance) {
        for (int i = before - 1; i >= 0 && i > before - 50; i--) {
            if (log.get(i).get("instance").asText().equals(instance)) return log.get(i);
        }
        return null;
    }

    private static VectorClock clock(ObjectNode e) {
        Map<String, Long> entries = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = e.get("vector_clock").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> entry = it.next();
            entries.put(entry.getKey(), entry.getValue().asLong());
        }
        return new VectorClock(entries);
    }
}
