package dev.chronoscope.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the parent relation of a whole OTLP log for the bad input that would make a naive walk
 * up the parents loop forever: a cycle of parents (a span that is its own parent is handled by the
 * reader). Each cycle is found once, in time linear in the number of spans: every span is walked
 * once, marked on the current walk, then finished. Its memory grows with the spans, so beyond
 * {@link #MAX_SPANS} it gives up and says so.
 */
final class OtlpParents {

    /** A span with a parent; span ids are only unique within a trace, so both ids are the key. */
    private static final class Node {
        final String traceId;
        final String spanId;
        final String parentSpanId;
        final int hash;
        byte mark; // 0 unseen, 1 on the current walk, 2 finished

        Node(String traceId, String spanId, String parentSpanId) {
            this.traceId = traceId;
            this.spanId = spanId;
            this.parentSpanId = parentSpanId;
            this.hash = hash(traceId, spanId);
        }

        @Override
        public String toString() {
            return traceId + ":" + spanId;
        }
    }

    /** Beyond this many spans with parents the check is given up, to keep memory bounded. */
    static final int MAX_SPANS = 2_000_000;

    // An open-addressing table of the nodes by (trace, span): no key or entry objects per span,
    // which made this check a fifth of the reader's time.
    // Each slot's hash is also kept in a plain array, so a probe past a full slot costs no
    // pointer chase into its node.
    private Node[] table = new Node[1 << 10];
    private int[] hashes = new int[1 << 10];
    private final List<Node> order = new ArrayList<>();
    private boolean overflowed;

    void add(String traceId, String spanId, String parentSpanId) {
        if (parentSpanId == null || overflowed) return;
        if (order.size() >= MAX_SPANS) {
            overflowed = true;
            table = new Node[1];
            hashes = new int[1];
            order.clear();
            return;
        }
        Node node = new Node(traceId, spanId, parentSpanId);
        int slot = slot(table, hashes, node.hash, traceId, spanId);
        if (table[slot] != null) return; // the first of a repeated span id stands
        table[slot] = node;
        hashes[slot] = node.hash;
        order.add(node);
        if (order.size() * 2 > table.length) grow();
    }

    private Node find(String traceId, String spanId) {
        return table[slot(table, hashes, hash(traceId, spanId), traceId, spanId)];
    }

    private static int slot(Node[] table, int[] hashes, int hash, String traceId, String spanId) {
        int mask = table.length - 1;
        int i = hash & mask;
        for (Node n = table[i]; n != null; n = table[i]) {
            if (hashes[i] == hash && n.spanId.equals(spanId) && n.traceId.equals(traceId)) return i;
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        Node[] bigger = new Node[table.length * 2];
        int[] biggerHashes = new int[bigger.length];
        for (Node n : table) {
            if (n == null) continue;
            int slot = slot(bigger, biggerHashes, n.hash, n.traceId, n.spanId);
            bigger[slot] = n;
            biggerHashes[slot] = n.hash;
        }
        table = bigger;
        hashes = biggerHashes;
    }

    private static int hash(String traceId, String spanId) {
        int h = traceId.hashCode() * 31 + spanId.hashCode();
        return h ^ (h >>> 16);
    }

    /** True when there were too many spans to check. */
    boolean overflowed() {
        return overflowed;
    }

    /** Each parent cycle as its span ids ("trace:span"), in parent order, in the order spans were added. */
    List<List<String>> cycles() {
        List<List<String>> cycles = new ArrayList<>();
        List<Node> walk = new ArrayList<>();
        for (Node start : order) {
            if (start.mark != 0) continue;
            walk.clear();
            Node at = start;
            while (at != null && at.mark == 0) {
                at.mark = 1;
                walk.add(at);
                at = find(at.traceId, at.parentSpanId);
            }
            if (at != null && at.mark == 1) {
                cycles.add(walk.subList(walk.indexOf(at), walk.size()).stream().map(Node::toString).toList());
            }
            for (Node n : walk) n.mark = 2;
        }
        return cycles;
    }
}
