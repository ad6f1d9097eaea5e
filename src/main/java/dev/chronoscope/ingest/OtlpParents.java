package dev.chronoscope.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the parent relation of a whole OTLP log for the bad input that would make a naive walk
 * up the parents loop forever: a cycle of parents (a span that is its own parent is handled by the
 * reader). Each cycle is found once, in time linear in the number of spans: every span is walked
 * once, marked on the current walk, then finished. Its memory grows with the spans, so beyond
 * {@link #MAX_SPANS} it gives up and says so.
 */
final class OtlpParents {

    /** A span id qualified by its trace (span ids are only unique within a trace). */
    private record Key(String traceId, String spanId) {
        @Override
        public String toString() {
            return traceId + ":" + spanId;
        }
    }

    private static final class Node {
        final Key key;
        Key parent;
        byte mark; // 0 unseen, 1 on the current walk, 2 finished

        Node(Key key) {
            this.key = key;
        }
    }

    /** Beyond this many spans with parents the check is given up, to keep memory bounded. */
    static final int MAX_SPANS = 2_000_000;

    private final Map<Key, Node> nodes = new HashMap<>();
    private final List<Node> order = new ArrayList<>();
    private boolean overflowed;

    void add(String traceId, String spanId, String parentSpanId) {
        if (parentSpanId == null || overflowed) return;
        if (order.size() >= MAX_SPANS) {
            overflowed = true;
            nodes.clear();
            order.clear();
            return;
        }
        Node node = new Node(new Key(traceId, spanId));
        node.parent = new Key(traceId, parentSpanId);
        if (nodes.putIfAbsent(node.key, node) == null) order.add(node);
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
                at = nodes.get(at.parent);
            }
            if (at != null && at.mark == 1) {
                cycles.add(walk.subList(walk.indexOf(at), walk.size()).stream().map(n -> n.key.toString()).toList());
            }
            for (Node n : walk) n.mark = 2;
        }
        return cycles;
    }
}
