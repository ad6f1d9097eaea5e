package dev.chronoscope.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays the kernel log with an independent model and checks that it is a possible kernel's
 * history: processes exist while they act, locks are released only by their holders and handed
 * to waiters in order, descriptors, pages, connections and I/O balance, and the story happens.
 */
class KernelStoryTest {
    private static final int N = 20_000;

    @TempDir
    Path dir;

    private final Map<Long, String> alive = new HashMap<>();
    private final Set<Long> everCreated = new HashSet<>();
    private final Map<String, Long> holder = new HashMap<>();
    private final Map<String, ArrayDeque<Long>> waiters = new HashMap<>();
    private final Map<Long, String> waitingFor = new HashMap<>();
    private final Set<String> openFds = new HashSet<>();
    private final Map<Long, Long> pages = new HashMap<>();
    private final Map<Long, Long> connOwner = new HashMap<>();
    private final Map<Long, ObjectNode> inflight = new HashMap<>();
    private final Map<Long, Long> lastRelease = new HashMap<>();

    @ParameterizedTest
    @ValueSource(longs = {42, 1, 2})
    void theLogIsAConsistentKernelHistoryWithOneDeadlockAndOneSlowIoBurst(long seed) throws Exception {
        List<ObjectNode> log = Logs.generate("angzarr-kernel", dir, N, seed);
        long deadlockAt = -1;
        int slow = 0;
        Set<Long> deadlocked = new HashSet<>();
        for (int offset = 0; offset < log.size(); offset++) {
            String type = Logs.tag(log.get(offset));
            ObjectNode e = Logs.body(log.get(offset));
            String at = "seed " + seed + " offset " + offset + " " + type;
            assertEquals(offset, e.get("id").asLong(), at + ": id is the offset");
            if (e.has("caused_by")) assertTrue(e.get("caused_by").asLong() < offset, at + ": cause is earlier");
            long pid = e.get("pid").asLong();
            if (type.equals("ProcessCreated")) {
                assertTrue(everCreated.add(pid), at + ": pid reused");
                alive.put(pid, e.get("name").asText());
                continue;
            }
            assertTrue(alive.containsKey(pid), at + ": pid " + pid + " is not alive");
            if (deadlocked.contains(pid)) {
                assertTrue(type.equals("IOCompleted") || type.equals("ProcessStateChanged"),
                        at + ": a deadlocked process acted");
            }
            switch (type) {
                case "LockAcquired" -> acquired(e, pid, at);
                case "LockReleased" -> {
                    String lock = e.get("lock").asText();
                    assertEquals(pid, holder.remove(lock), at + ": released by a non-holder");
                    lastRelease.put((long) offset, pid);
                    if (deadlockAt >= 0) assertTrue(!lock.equals("L1") && !lock.equals("L2"), at + ": deadlocked lock released");
                }
                case "LockContended" -> {
                    String lock = e.get("lock").asText();
                    assertEquals(holder.get(lock), e.get("holder").asLong(), at + ": holder field");
                    assertTrue(pid != e.get("holder").asLong(), at + ": contended on its own lock");
                    waiters.computeIfAbsent(lock, l -> new ArrayDeque<>()).add(pid);
                    waitingFor.put(pid, lock);
                    if (deadlockAt < 0 && cycleThrough(pid)) {
                        deadlockAt = offset;
                        deadlocked.add(pid);
                        deadlocked.add(holder.get(lock));
                    }
                }
                case "FileOpened" -> assertTrue(openFds.add(pid + "/" + e.get("fd").asInt()), at + ": fd already open");
                case "FileClosed" -> assertTrue(openFds.remove(pid + "/" + e.get("fd").asInt()), at + ": fd not open");
                case "PageAllocated" -> pages.merge(pid, e.get("pages").asLong(), Long::sum);
                case "PageFreed" -> {
                    long left = pages.getOrDefault(pid, 0L) - e.get("pages").asLong();
                    assertTrue(left >= 0, at + ": freed more pages than allocated");
                    pages.put(pid, left);
                }
                case "ConnectionEstablished" -> assertNull(connOwner.putIfAbsent(e.get("conn").asLong(), pid), at + ": conn reused");
                case "PacketSent", "PacketReceived" -> assertEquals(pid, connOwner.get(e.get("conn").asLong()), at + ": not its connection");
                case "ConnectionClosed" -> assertEquals(pid, connOwner.remove(e.get("conn").asLong()), at + ": not its connection");
                case "IOScheduled" -> inflight.put(e.get("request").asLong(), e);
                case "IOCompleted" -> slow += completed(e, pid, offset, at) ? 1 : 0;
                case "ProcessTerminated" -> terminated(pid, at);
                default -> { }
            }
        }
        assertTrue(deadlockAt > N * 0.6 && deadlockAt < N * 0.7, "seed " + seed + ": deadlock at " + deadlockAt);
        assertEquals(Set.of("db-writer", "db-checkpointer"),
                Set.copyOf(deadlocked.stream().map(alive::get).toList()), "the deadlocked processes");
        assertTrue(slow >= 10, "seed " + seed + ": only " + slow + " slow I/O completions");
    }

    private void acquired(ObjectNode e, long pid, String at) {
        String lock = e.get("lock").asText();
        assertTrue(!holder.containsKey(lock), at + ": acquired a held lock");
        ArrayDeque<Long> queue = waiters.get(lock);
        if (waitingFor.containsKey(pid)) {
            assertEquals(pid, queue.poll(), at + ": not the first waiter");
            waitingFor.remove(pid);
            assertTrue(e.has("caused_by") && lastRelease.containsKey(e.get("caused_by").asLong()),
                    at + ": a hand-off names the release that caused it");
        } else {
            assertTrue(queue == null || queue.isEmpty(), at + ": jumped the queue");
        }
        holder.put(lock, pid);
    }

    /** Whether pid, now waiting, closes a wait-for cycle (pid → holder → … → pid). */
    private boolean cycleThrough(long pid) {
        long p = pid;
        for (int hops = 0; hops < 64; hops++) {
            String lock = waitingFor.get(p);
            if (lock == null) return false;
            Long h = holder.get(lock);
            if (h == null) return false;
            if (h == pid) return true;
            p = h;
        }
        return false;
    }

    /** Checks the completion against its request; true when it was slow (> 1 ms). */
    private boolean completed(ObjectNode e, long pid, int offset, String at) {
        ObjectNode scheduled = inflight.remove(e.get("request").asLong());
        assertNotNull(scheduled, at + ": completes an unknown request");
        assertEquals(pid, scheduled.get("pid").asLong(), at);
        assertEquals(scheduled.get("id").asLong(), e.get("caused_by").asLong(), at + ": caused by its scheduling");
        long latency = e.get("latency_ns").asLong();
        assertEquals(e.get("ts").asLong() - scheduled.get("ts").asLong(), latency, at + ": latency");
        if (latency <= 1_000_000) return false;
        long scheduledAt = scheduled.get("id").asLong();
        assertEquals("nvme0n1", e.get("device").asText(), at + ": slow I/O on another device");
        assertTrue(scheduledAt >= N * 0.3 && scheduledAt < N * 0.3 + N / 60 + 1, at + ": slow I/O outside the burst");
        return true;
    }

    private void terminated(long pid, String at) {
        assertTrue(!holder.containsValue(pid) && !waitingFor.containsKey(pid), at + ": died holding or waiting for a lock");
        assertTrue(openFds.stream().noneMatch(fd -> fd.startsWith(pid + "/")), at + ": died with open files");
        assertEquals(0L, pages.getOrDefault(pid, 0L), at + ": died with pages");
        assertTrue(!connOwner.containsValue(pid), at + ": died with connections");
        assertTrue(inflight.values().stream().noneMatch(io -> io.get("pid").asLong() == pid), at + ": died with I/O in flight");
        alive.remove(pid);
    }
}
