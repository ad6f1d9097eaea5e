package dev.chronoscope.causality;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.replay.Change;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lock-order deadlocks from the state changes of a lock projection. The projection keeps
 * {@code locks/<lock>/holder} (a pid) and {@code locks/<lock>/waiters} (an array of pids); they
 * imply the wait-for graph, one edge waiter → holder per lock. Only an added edge can close a
 * cycle, and only if its holder is itself waiting, so most changes cost a few map updates; the
 * rest cost one breadth-first walk from the new edge's holder looking for its waiter, over the
 * processes that are waiting at all.
 *
 * <p>The graph is walked through the two maps the detector keeps anyway rather than mirrored into
 * a JGraphT graph: the mirror's upkeep ran on every lock change of an ingest and cost about two
 * seconds of C2 compile time on two cores (measured on the 1M-event kernel log), far more than the
 * walk it served.
 */
final class DeadlockDetector {
    private static final String PREFIX = "locks/";
    private static final String HOLDER_LEAF = "/holder";
    private static final String WAITERS_LEAF = "/waiters";
    private static final int NOT_A_LOCK = 0, HOLDER = 1, WAITERS = 2;

    private final FindingLog findings;
    private final Map<String, String> holders = new HashMap<>();
    private final Map<String, Long> heldSince = new HashMap<>();
    /** Per lock, its waiting pids in the order they began to wait, with the offset they began. */
    private final Map<String, Map<String, Long>> waiters = new HashMap<>();
    /** Per waiting pid, the locks it waits for: the wait-for graph's out-edges. */
    private final Map<String, Set<String>> waitingOn = new HashMap<>();

    DeadlockDetector(FindingLog findings) {
        this.findings = findings;
    }

    /**
     * Most events change no lock, and their paths are looked at once each without allocating; the
     * changes come as a random-access list from the fold.
     */
    void accept(long offset, List<Change> changes) {
        if (changes == null || changes.isEmpty()) return;
        if (!(changes instanceof RandomAccess)) changes = new ArrayList<>(changes);
        Map<String, LockBefore> touched = null;
        for (int i = 0, n = changes.size(); i < n; i++) {
            Change change = changes.get(i);
            int leaf = leafOf(change.path());
            if (leaf == NOT_A_LOCK) continue;
            if (touched == null) touched = new LinkedHashMap<>(4);
            applyLockChange(change, leaf, offset, touched);
        }
        if (touched != null) checkAddedEdges(touched, offset);
    }

    /** Kept apart from {@link #accept}: most events change no lock, and their loop stays small for the JIT. */
    private void applyLockChange(Change change, int leaf, long offset, Map<String, LockBefore> touched) {
        String path = change.path();
        String lock = path.substring(PREFIX.length(), path.length() - (leaf == HOLDER ? HOLDER_LEAF : WAITERS_LEAF).length());
        touched.computeIfAbsent(lock, l -> new LockBefore(holders.get(l), waiters.getOrDefault(l, Map.of()).keySet()));
        if (leaf == HOLDER) {
            String holder = pid(change.after());
            if (holder == null) {
                holders.remove(lock);
                heldSince.remove(lock);
            } else if (!holder.equals(holders.put(lock, holder))) {
                heldSince.put(lock, offset);
            }
        } else {
            updateWaiters(lock, change.after(), offset);
        }
    }

    private void updateWaiters(String lock, JsonNode after, long offset) {
        Map<String, Long> old = waiters.getOrDefault(lock, Map.of());
        Map<String, Long> now = new LinkedHashMap<>();
        if (after != null && after.isArray()) {
            for (JsonNode w : after) {
                String pid = pid(w);
                if (pid != null) now.put(pid, old.getOrDefault(pid, offset));
            }
        }
        for (String pid : old.keySet()) {
            if (now.containsKey(pid)) continue;
            Set<String> locks = waitingOn.get(pid);
            if (locks != null && locks.remove(lock) && locks.isEmpty()) waitingOn.remove(pid);
        }
        for (String pid : now.keySet()) {
            if (!old.containsKey(pid)) waitingOn.computeIfAbsent(pid, p -> new LinkedHashSet<>(2)).add(lock);
        }
        if (now.isEmpty()) waiters.remove(lock);
        else waiters.put(lock, now);
    }

    /**
     * An edge waiter → holder of a touched lock is new unless the lock had the same holder and the
     * waiter already waited before this event. Each new edge is checked for a cycle it closes.
     */
    private void checkAddedEdges(Map<String, LockBefore> touched, long offset) {
        Set<Set<String>> reported = null;
        for (Map.Entry<String, LockBefore> t : touched.entrySet()) {
            String lock = t.getKey();
            String holder = holders.get(lock);
            if (holder == null || !waitingOn.containsKey(holder)) continue;
            LockBefore before = t.getValue();
            boolean sameHolder = holder.equals(before.holder);
            for (String waiter : waiters.getOrDefault(lock, Map.of()).keySet()) {
                if (waiter.equals(holder) || sameHolder && before.waiters.contains(waiter)) continue;
                List<WaitEdge> back = pathBetween(holder, waiter);
                if (back == null) continue;
                List<WaitEdge> cycle = new ArrayList<>(back.size() + 1);
                cycle.add(edge(waiter, lock));
                cycle.addAll(back);
                Set<String> key = new HashSet<>();
                for (WaitEdge e : cycle) key.add(e.waiter + "\u0000" + e.lock);
                if (reported == null) reported = new HashSet<>();
                if (reported.add(key)) findings.add(describe(cycle, offset));
            }
        }
    }

    /** The shortest chain of wait-for edges from one process to another, or null if there is none. */
    private List<WaitEdge> pathBetween(String from, String to) {
        Map<String, WaitEdge> reachedBy = new HashMap<>();
        ArrayDeque<String> frontier = new ArrayDeque<>();
        frontier.add(from);
        reachedBy.put(from, null);
        while (!frontier.isEmpty()) {
            String waiter = frontier.poll();
            for (String lock : waitingOn.getOrDefault(waiter, Set.of())) {
                String holder = holders.get(lock);
                if (holder == null || holder.equals(waiter) || reachedBy.containsKey(holder)) continue;
                reachedBy.put(holder, edge(waiter, lock));
                if (holder.equals(to)) {
                    ArrayList<WaitEdge> path = new ArrayList<>();
                    for (WaitEdge e = reachedBy.get(to); e != null; e = reachedBy.get(e.waiter)) path.add(e);
                    Collections.reverse(path);
                    return path;
                }
                frontier.add(holder);
            }
        }
        return null;
    }

    /** The edge a waiting process has to its lock's holder, dated from when both were so. */
    private WaitEdge edge(String waiter, String lock) {
        long waitingSince = waiters.get(lock).get(waiter);
        return new WaitEdge(waiter, holders.get(lock), lock, Math.max(waitingSince, heldSince.getOrDefault(lock, waitingSince)));
    }

    private static Finding describe(List<WaitEdge> cycle, long offset) {
        StringBuilder summary = new StringBuilder("deadlock: ");
        List<String> subjects = new ArrayList<>();
        TreeSet<Long> offsets = new TreeSet<>();
        for (int i = 0; i < cycle.size(); i++) {
            WaitEdge e = cycle.get(i);
            if (i > 0) summary.append("; ");
            summary.append("process ").append(e.waiter).append(" waits for lock ").append(e.lock)
                   .append(" held by process ").append(e.holder);
            subjects.add("process " + e.waiter);
            subjects.add("lock " + e.lock);
            offsets.add(e.since);
        }
        offsets.add(offset);
        return new Finding("deadlock", offset, summary.toString(), List.copyOf(subjects), List.copyOf(offsets));
    }

    /** Whether a change to path can matter here: a lock's holder or waiters. */
    static boolean isLockPath(String path) {
        return leafOf(path) != NOT_A_LOCK;
    }

    /** The lock name of a holder/waiters path, or null for any other path. */
    static String lockOf(String path) {
        int leaf = leafOf(path);
        if (leaf == NOT_A_LOCK) return null;
        return path.substring(PREFIX.length(), path.length() - (leaf == HOLDER ? HOLDER_LEAF : WAITERS_LEAF).length());
    }

    /** Whether path is {@code locks/<lock>/holder}, {@code locks/<lock>/waiters} (lock not empty), or neither. */
    private static int leafOf(String path) {
        if (path == null || !path.startsWith(PREFIX)) return NOT_A_LOCK;
        int minimum = PREFIX.length() + 1;
        if (path.endsWith(HOLDER_LEAF)) return path.length() - HOLDER_LEAF.length() >= minimum ? HOLDER : NOT_A_LOCK;
        if (path.endsWith(WAITERS_LEAF)) return path.length() - WAITERS_LEAF.length() >= minimum ? WAITERS : NOT_A_LOCK;
        return NOT_A_LOCK;
    }

    private static String pid(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return null;
        String text = node.asText();
        return text.isEmpty() ? null : text;
    }

    /** One wait-for edge of a reported cycle. */
    private record WaitEdge(String waiter, String holder, String lock, long since) {}

    /** A touched lock's holder and waiters as they were before the event. */
    private record LockBefore(String holder, Set<String> waiters) {}
}
