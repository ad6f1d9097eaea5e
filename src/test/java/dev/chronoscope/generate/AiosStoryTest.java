package dev.chronoscope.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The collector's log is a consistent history, and its two story chains are there. */
class AiosStoryTest {
    private static final int N = 12_000;

    @TempDir
    Path dir;

    private final Map<Long, String> alive = new HashMap<>();
    private final Map<Long, ObjectNode> inSyscall = new HashMap<>();
    private final Map<Long, ArrayDeque<Long>> queues = new HashMap<>();
    private final Map<Long, Long> segmentOwner = new HashMap<>();
    private final Map<Long, Long> regionOwner = new HashMap<>();
    private final Map<Long, List<ObjectNode>> chains = new HashMap<>();
    private final List<ObjectNode> anomalies = new ArrayList<>();
    private final List<ObjectNode> violations = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(longs = {42, 5})
    void consistentHistoryWithOneLatencyAnomalyAndOneSandboxViolationInTheirChains(long seed) throws Exception {
        List<ObjectNode> log = Logs.generate("aios-observability", dir, N, seed);
        for (int offset = 0; offset < log.size(); offset++) {
            ObjectNode e = log.get(offset);
            String type = Logs.tag((ObjectNode) e.get("payload"));
            ObjectNode p = Logs.body((ObjectNode) e.get("payload"));
            String at = "seed " + seed + " offset " + offset + " " + type;
            assertEquals(offset, e.get("id").asLong(), at);
            if (e.has("causality_id")) chains.computeIfAbsent(e.get("causality_id").asLong(), c -> new ArrayList<>()).add(e);
            long pid = e.path("pid").asLong(0);
            if (type.equals("ProcessCreated")) {
                assertTrue(alive.put(pid, p.get("name").asText()) == null, at + ": pid reused");
                continue;
            }
            if (pid != 0) assertTrue(alive.containsKey(pid), at + ": pid " + pid + " not alive");
            check(type, e, p, pid, at);
        }
        assertEquals(1, anomalies.size(), "one anomaly");
        ObjectNode anomaly = anomalies.get(0);
        ObjectNode a = Logs.body((ObjectNode) anomaly.get("payload"));
        assertEquals("syscall.fsync.duration_us", a.get("metric").asText());
        assertTrue(a.get("z_score").asDouble() > 3);
        assertEquals((a.get("value").asDouble() - a.get("mean").asDouble()) / a.get("stddev").asDouble(),
                a.get("z_score").asDouble(), 0.01, "z = (value - mean) / stddev");
        assertEquals(List.of("SyscallEntry", "SlowOperation", "SyscallExit", "AnomalyDetected"),
                types(chains.get(anomaly.get("causality_id").asLong())));

        assertEquals(1, violations.size(), "one sandbox violation");
        List<String> chain = types(chains.get(violations.get(0).get("causality_id").asLong()));
        assertEquals("ProcessCreated", chain.get(0), "the violation's chain starts with the plugin's creation");
        assertTrue(chain.containsAll(List.of("SyscallExit", "PermissionDenied", "SandboxViolation")), chain.toString());
        assertEquals("ProcessTerminated", chain.get(chain.size() - 1));
    }

    private void check(String type, ObjectNode e, ObjectNode p, long pid, String at) {
        switch (type) {
            case "SyscallEntry" -> assertTrue(inSyscall.put(pid, e) == null, at + ": already in a syscall");
            case "SyscallExit" -> {
                ObjectNode entry = inSyscall.remove(pid);
                assertNotNull(entry, at + ": exit without entry");
                assertEquals(Logs.body((ObjectNode) entry.get("payload")).get("name"), p.get("name"), at);
                long elapsedNs = e.get("timestamp_ns").asLong() - entry.get("timestamp_ns").asLong();
                assertTrue(elapsedNs >= p.get("duration_us").asLong() * 1000, at + ": exit before its duration elapsed");
                assertEquals(entry.path("causality_id"), e.path("causality_id"), at + ": exit leaves the entry's chain");
            }
            case "MessageQueueSend" -> {
                ArrayDeque<Long> q = queues.computeIfAbsent(p.get("queue_id").asLong(), k -> new ArrayDeque<>());
                q.add(e.get("causality_id").asLong());
                assertEquals(q.size(), p.get("depth").asInt(), at + ": depth");
            }
            case "MessageQueueReceive" -> {
                ArrayDeque<Long> q = queues.get(p.get("queue_id").asLong());
                assertEquals(q.poll(), e.get("causality_id").asLong(), at + ": receives the oldest message's chain");
                assertEquals(q.size(), p.get("depth").asInt(), at + ": depth");
            }
            case "ShmCreated" -> segmentOwner.put(p.get("segment_id").asLong(), pid);
            case "ShmRead", "ShmWrite" -> assertTrue(segmentOwner.containsKey(p.get("segment_id").asLong()), at);
            case "ShmDestroyed" -> assertEquals(pid, segmentOwner.remove(p.get("segment_id").asLong()), at + ": by its owner");
            case "MemoryAllocated" -> regionOwner.put(p.get("region_id").asLong(), pid);
            case "MemoryFreed" -> assertEquals(pid, regionOwner.remove(p.get("region_id").asLong()), at + ": by its owner");
            case "AnomalyDetected" -> anomalies.add(e);
            case "SandboxViolation" -> violations.add(e);
            case "ProcessTerminated" -> {
                assertTrue(!inSyscall.containsKey(pid) && !regionOwner.containsValue(pid) && !segmentOwner.containsValue(pid),
                        at + ": died with a syscall, memory or a segment");
                alive.remove(pid);
            }
            default -> { }
        }
    }

    private static List<String> types(List<ObjectNode> chain) {
        Set<Long> seen = new HashSet<>();
        List<String> types = new ArrayList<>();
        for (ObjectNode e : chain) {
            if (seen.add(e.get("id").asLong())) types.add(Logs.tag((ObjectNode) e.get("payload")));
        }
        return types;
    }
}
