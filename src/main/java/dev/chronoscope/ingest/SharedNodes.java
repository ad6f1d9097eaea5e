package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/**
 * One object for each distinct small JSON object that many records share by value (an OTLP
 * resource or scope, repeated on every line of the file exporter): a log held for sorting then
 * keeps one of each instead of one per document. Bounded: past {@link #MAX} distinct objects it
 * starts over, which costs sharing, never correctness.
 */
final class SharedNodes {
    static final int MAX = 4096;

    private final Map<ObjectNode, ObjectNode> known = new HashMap<>();

    ObjectNode of(ObjectNode node) {
        ObjectNode first = known.get(node);
        if (first != null) return first;
        if (known.size() >= MAX) known.clear();
        known.put(node, node);
        return node;
    }
}
