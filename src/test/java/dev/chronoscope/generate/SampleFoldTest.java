package dev.chronoscope.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.causality.Finding;
import dev.chronoscope.engine.CancelToken;
import dev.chronoscope.engine.Chronoscope;
import dev.chronoscope.engine.IngestListener;
import dev.chronoscope.engine.LogSession;
import dev.chronoscope.engine.LogSummary;
import dev.chronoscope.engine.OpenRequest;
import dev.chronoscope.replay.State;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each committed sample opened the way a user opens it (sniffed format, detected profile), folded
 * with its built-in profile: the state at the story's offsets is the story. Offsets are found in
 * the sample itself, so the test keeps up with a regenerated sample; sample-logs/README.md names
 * them for people.
 */
class SampleFoldTest {
    @TempDir
    Path cache;

    @Test
    void kernelDeadlockAndSlowIoShowInTheState() throws Exception {
        List<ObjectNode> log = Logs.read(Logs.SAMPLES.resolve("angzarr-kernel.jsonl"));
        int closing = first(log, 0, r -> Logs.tag(r).equals("LockContended") && body(r, "lock").equals("L1")
                && body(r, "pid").equals("301") && body(r, "holder").equals("300"));
        try (Session s = open("angzarr-kernel")) {
            State before = s.session.state(closing - 1);
            State at = s.session.state(closing);
            assertFalse(contains(before.get("locks/L1/waiters"), 301), "P2 waits for L1 only from the closing event");
            for (State st : List.of(at, s.session.state(log.size() - 1))) {
                assertEquals(300, st.get("locks/L1/holder").asInt(), "P1 holds L1");
                assertEquals(301, st.get("locks/L2/holder").asInt(), "P2 holds L2");
                assertTrue(contains(st.get("locks/L1/waiters"), 301), "P2 waits for L1");
                assertTrue(contains(st.get("locks/L2/waiters"), 300), "P1 waits for L2");
                assertEquals("L2", st.get("processes/300/waiting_for").asText());
            }
            assertEquals("Blocked", s.session.state(closing + 1).get("processes/301/state").asText());
            List<Finding> deadlocks = s.session.causality().findings().stream().filter(f -> f.kind().equals("deadlock")).toList();
            assertEquals(1, deadlocks.size(), "one deadlock found: " + deadlocks);
            assertEquals(closing, deadlocks.get(0).offset());

            long slow = log.stream().filter(r -> Logs.tag(r).equals("IOCompleted"))
                    .filter(r -> Logs.body(r).get("latency_ns").asLong() > 1_000_000).count();
            State end = s.session.state(log.size() - 1);
            assertEquals(slow, end.get("devices/nvme0n1/slow").asLong(), "slow I/O count");
            assertNull(end.get("devices/sda/slow"), "no slow I/O on sda");
        }
    }

    @Test
    void aiosAnomalyAndSandboxViolationShowInTheState() throws Exception {
        List<ObjectNode> log = Logs.read(Logs.SAMPLES.resolve("aios-observability.jsonl"));
        int anomaly = first(log, 0, r -> r.get("payload").has("AnomalyDetected"));
        int violation = first(log, 0, r -> r.get("payload").has("SandboxViolation"));
        int pid = log.get(violation).get("pid").asInt();
        int created = first(log, 0, r -> r.get("payload").has("ProcessCreated") && r.get("pid").asInt() == pid);
        try (Session s = open("aios-observability")) {
            State st = s.session.state(anomaly);
            assertTrue(st.get("anomalies/syscall.fsync.duration_us/z_score").asDouble() > 3);
            assertEquals(anomaly, st.get("anomalies/syscall.fsync.duration_us/offset").asLong());
            assertEquals("/var/lib/indexer/segments.db", st.get("vfs/last_slow/path").asText());
            State v = s.session.state(violation);
            assertEquals("NetworkAccess", v.get("security/violations/" + pid + "/capability").asText());
            assertTrue(v.get("processes/" + pid + "/sandboxed").asBoolean());
            assertNull(s.session.state(log.size() - 1).get("processes/" + pid + "/name"), "the plugin was killed");
            assertEquals(s.session.event(created).chain(), s.session.event(violation).chain(), "one causality chain");
            assertTrue(contains(s.session.causality().causes(violation, 50), created), "its creation is among its causes");
        }
    }

    @Test
    void vexfsReplicasConvergeInTheStateAndClocksAreRead() throws Exception {
        List<ObjectNode> log = Logs.read(Logs.SAMPLES.resolve("vexfs-semantic.jsonl"));
        int last = log.size() - 1;
        try (Session s = open("vexfs-semantic")) {
            State end = s.session.state(last);
            for (String instance : VexfsSim.NAMES) {
                int lastOwn = last(log, r -> r.get("instance").asText().equals(instance));
                ObjectNode e = log.get(lastOwn);
                assertEquals(e.get("vector_clock").get(instance).asLong(), end.get("clocks/" + instance + "/" + instance).asLong());
                assertNotNull(s.session.event(lastOwn).clock(), "vector clock mapped");
                int lastSize = last(log, r -> r.get("instance").asText().equals(instance) && r.at("/context/vector/index_size").isNumber()
                        && (r.get("event_type").asText().equals("VectorCreate") || r.get("event_type").asText().equals("VectorDelete")));
                assertEquals(log.get(lastSize).at("/context/vector/index_size").asLong(),
                        end.get("vectors/" + instance + "/docs-embeddings/size").asLong(), instance + " index size");
            }
            int write = first(log, 0, r -> r.get("event_type").asText().equals("FilesystemWrite") && r.get("boundary").asText().equals("origin"));
            ObjectNode fs = (ObjectNode) log.get(write).at("/context/filesystem");
            String instance = log.get(write).get("instance").asText();
            assertEquals(fs.get("size").asLong(), s.session.state(write).get("fs/" + instance + fs.get("path").asText() + "/size").asLong());
            assertEquals(0, s.summary.danglingLinks(), "every propagated_from and caused_by names an event");
        }
    }

    @Test
    void nitroObjectivesChannelsAndChallengesShowInTheState() throws Exception {
        List<ObjectNode> log = Logs.read(Logs.SAMPLES.resolve("nitro-p1.jsonl"));
        int rejected = first(log, 0, r -> Logs.tag(r).equals("objective_rejected"));
        int cleared = first(log, 0, r -> Logs.tag(r).equals("challenge_cleared"));
        int timedOut = first(log, 0, r -> Logs.tag(r).equals("channel_concluded") && body(r, "reason").equals("challenge_timeout"));
        try (Session s = open("nitro-p1")) {
            State end = s.session.state(log.size() - 1);
            assertEquals("rejected", end.get("objectives/" + body(log.get(rejected), "objective_id") + "/status").asText());
            String c1 = body(log.get(cleared), "channel_id");
            assertEquals("cleared", s.session.state(cleared).get("channels/" + c1 + "/challenge/status").asText());
            String c2 = body(log.get(timedOut), "channel_id");
            State t = s.session.state(timedOut);
            assertEquals("finalized", t.get("channels/" + c2 + "/challenge/status").asText());
            assertEquals("concluded", t.get("channels/" + c2 + "/status").asText());
            int lastState = last(log, r -> Logs.tag(r).startsWith("state_") && body(r, "channel_id").equals(c2));
            assertEquals(body(log.get(lastState), "state_hash"), t.get("channels/" + c2 + "/latest_state_hash").asText());
            assertEquals((log.size() - 1) / 1000, end.get("snapshots/count").asInt(), "a snapshot every 1000 events");
        }
    }

    private Session open(String name) throws Exception {
        OpenRequest request = new OpenRequest(Logs.SAMPLES.resolve(name + ".jsonl"), null, null, null, cache, false);
        LogSession session = Chronoscope.open(request, IngestListener.NONE, CancelToken.NEVER);
        LogSummary summary = session.summary();
        assertEquals(name, summary.profile(), "detected profile");
        assertEquals(0, summary.errors(), "unreadable records: " + summary.errorSamples());
        assertEquals(0, summary.ruleMisses(), name + ": rule misses");
        return new Session(session, summary);
    }

    private record Session(LogSession session, LogSummary summary) implements AutoCloseable {
        @Override
        public void close() {
            session.close();
        }
    }

    private static String body(ObjectNode record, String field) {
        return Logs.body(record).path(field).asText();
    }

    private static int first(List<ObjectNode> log, int from, Predicate<ObjectNode> p) {
        for (int i = from; i < log.size(); i++) if (p.test(log.get(i))) return i;
        throw new AssertionError("not in the sample");
    }

    private static int last(List<ObjectNode> log, Predicate<ObjectNode> p) {
        for (int i = log.size() - 1; i >= 0; i--) if (p.test(log.get(i))) return i;
        throw new AssertionError("not in the sample");
    }

    private static boolean contains(JsonNode array, long value) {
        if (array == null) return false;
        for (JsonNode v : array) if (v.asLong() == value) return true;
        return false;
    }

    private static boolean contains(long[] offsets, long value) {
        for (long o : offsets) if (o == value) return true;
        return false;
    }
}
