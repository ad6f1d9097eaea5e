package dev.chronoscope.causality;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.replay.Change;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.RandomAccess;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * Lock-order deadlocks from the state changes of a lock projection. The projection keeps
 * {@code locks/<lock>/holder} (a pid) and {@code locks/<lock>/waiters} (an array of pids); from
 * them this keeps the wait-for graph, one edge waiter → holder per lock. Only an added edge can
 * close a cycle, so each change costs one breadth-first walk from the new edge's holder looking
 * for its waiter, over the few processes that are waiting at all.
 */
final class DeadlockDetector {
    private static final String PREFIX = "locks/";
    private static final String HOLDER_LEAF = "/holder";
    private static final String WAITERS_LEAF = "/waiters";
    private static final int NOT_A_LOCK = 0, HOLDER = 1, WAITERS = 2;

    private final FindingLog findings;
    private final Map<String, String> holders = new HashMap<>();
    private final Map<String, Long> heldSince = new HashMap<>();
    private final Map<String, Map<String, Long>> waiters = new HashMap<>();
    private final Map<String, List<WaitEdge>> edgesByLock = new HashMap<>();
    private final Graph<String, WaitEdge> waitFor = new DirectedPseudograph<>(WaitEdge.class);

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
        List<String> touched = null;
        for (int i = 0, n = changes.size(); i < n; i++) {
            Change change = changes.get(i);
            String path = change.path();
            int leaf = leafOf(path);
            if (leaf == NOT_A_LOCK) continue;
            String lock = path.substring(PREFIX.length(), path.length() - (leaf == HOLDER ? HOLDER_LEAF : WAITERS_LEAF).length());
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
            if (touched == null) touched = new ArrayList<>(2);
            if (!touched.contains(lock)) touched.add(lock);
        }
        if (touched == null) return;
        List<WaitEdge> added = new ArrayList<>();
        for (String lock : touched) rebuild(lock, added);
        if (added.isEmpty()) return;
        Set<Set<String>> reported = new HashSet<>();
        for (WaitEdge edge : added) checkCycle(edge, offset, reported);
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
        if (now.isEmpty()) waiters.remove(lock);
        else waiters.put(lock, now);
    }

    /** Replaces the lock's edges by those its holder and waiters imply now; collects new ones. */
    private void rebuild(String lock, List<WaitEdge> added) {
        String holder = holders.get(lock);
        Map<String, Long> waiting = waiters.getOrDefault(lock, Map.of());
        List<WaitEdge> old = edgesByLock.getOrDefault(lock, List.of());
        List<WaitEdge> kept = new ArrayList<>();
        for (WaitEdge e : old) {
            if (e.holder.equals(holder) && waiting.containsKey(e.waiter)) kept.add(e);
            else removeEdge(e);
        }
        if (holder != null) {
            for (Map.Entry<String, Long> w : waiting.entrySet()) {
                if (w.getKey().equals(holder) || contains(kept, w.getKey())) continue;
                long since = Math.max(w.getValue(), heldSince.getOrDefault(lock, w.getValue()));
                WaitEdge e = new WaitEdge(w.getKey(), holder, lock, since);
                waitFor.addVertex(e.waiter);
                waitFor.addVertex(e.holder);
                waitFor.addEdge(e.waiter, e.holder, e);
                kept.add(e);
                added.add(e);
            }
        }
        if (kept.isEmpty()) edgesByLock.remove(lock);
        else edgesByLock.put(lock, kept);
    }

    private void checkCycle(WaitEdge closing, long offset, Set<Set<String>> reported) {
        if (!waitFor.containsEdge(closing)) return;
        GraphPath<String, WaitEdge> back = BFSShortestPath.findPathBetween(waitFor, closing.holder, closing.waiter);
        if (back == null) return;
        List<WaitEdge> cycle = new ArrayList<>();
        cycle.add(closing);
        cycle.addAll(back.getEdgeList());
        Set<String> key = new HashSet<>();
        for (WaitEdge e : cycle) key.add(e.waiter + "\u0000" + e.lock);
        if (!reported.add(key)) return;
        findings.add(describe(cycle, offset));
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

    private void removeEdge(WaitEdge e) {
        waitFor.removeEdge(e);
        if (waitFor.degreeOf(e.waiter) == 0) waitFor.removeVertex(e.waiter);
        if (waitFor.containsVertex(e.holder) && waitFor.degreeOf(e.holder) == 0) waitFor.removeVertex(e.holder);
    }

    private static boolean contains(List<WaitEdge> edges, String waiter) {
        for (WaitEdge e : edges) if (e.waiter.equals(waiter)) return true;
        return false;
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

    /** One wait-for edge; identity matters to the graph, so no value equality. */
    static final class WaitEdge {
        final String waiter;
        final String holder;
        final String lock;
        final long since;

        WaitEdge(String waiter, String holder, String lock, long since) {
            this.waiter = waiter;
            this.holder = holder;
            this.lock = lock;
            this.since = since;
        }
    }
}
