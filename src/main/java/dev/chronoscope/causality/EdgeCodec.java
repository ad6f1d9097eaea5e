package dev.chronoscope.causality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How edges sit in the store. Two postings hold every edge twice: {@code causality.in} keyed by
 * the effect's offset and {@code causality.out} keyed by the cause's offset. Postings carry longs
 * only, so each value packs the other end's offset with a small kind code:
 * {@code offset << KIND_BITS | code}. Values stay ascending per key because the builder emits the
 * edges of one event sorted and every edge is emitted while its later end is being ingested.
 *
 * <p>Kind codes come from a dictionary stored in meta {@code causality.kinds} (a JSON array; the
 * index is the code). The structural kinds have fixed codes; link kinds are added as they appear,
 * and past {@link #MAX_KINDS} distinct kinds the rest are filed under "link".
 */
final class EdgeCodec {
    static final String IN = "causality.in";
    static final String OUT = "causality.out";
    static final String IN_COLUMN = "causality.in";
    static final String LATE = "causality.late";
    static final String META_KINDS = "causality.kinds";
    static final String META_EDGES = "causality.edges";
    static final String META_DANGLING = "causality.dangling";
    static final String META_FINDINGS = "causality.findings";
    static final String META_FINDING_COUNT = "causality.findingCount";
    static final String META_NOTES = "causality.notes";

    static final int KIND_BITS = 8;
    static final int MAX_KINDS = 1 << KIND_BITS;
    private static final long KIND_MASK = MAX_KINDS - 1;

    static final int LANE = 0;
    static final int CLOCK = 1;
    static final int CHAIN = 2;
    static final int LINK = 3;
    private static final List<String> FIXED = List.of("lane", "clock", "chain", "link");

    private final List<String> names = new ArrayList<>(FIXED);
    private final Map<String, Integer> codes = new HashMap<>();

    EdgeCodec() {
        for (int i = 0; i < names.size(); i++) codes.put(names.get(i), i);
    }

    /** The dictionary as stored in meta; missing or unreadable text gives the fixed kinds only. */
    static EdgeCodec fromJson(String json) {
        EdgeCodec codec = new EdgeCodec();
        if (json == null || json.isBlank()) return codec;
        try {
            codec.names.clear();
            codec.codes.clear();
            for (var node : new ObjectMapper().readTree(json)) codec.code(node.asText());
        } catch (java.io.IOException e) {
            return new EdgeCodec();
        }
        return codec;
    }

    String toJson() {
        ArrayNode array = new ObjectMapper().createArrayNode();
        names.forEach(array::add);
        return array.toString();
    }

    /** The code of a kind, adding it to the dictionary when new. */
    int code(String kind) {
        Integer code = codes.get(kind);
        if (code != null) return code;
        if (names.size() >= MAX_KINDS) return LINK;
        names.add(kind);
        codes.put(kind, names.size() - 1);
        return names.size() - 1;
    }

    String name(int code) {
        return code < names.size() ? names.get(code) : "link";
    }

    static long pack(long offset, int code) {
        return offset << KIND_BITS | code;
    }

    static long offsetOf(long packed) {
        return packed >>> KIND_BITS;
    }

    static int codeOf(long packed) {
        return (int) (packed & KIND_MASK);
    }

    static String key(long offset) {
        return Long.toString(offset);
    }
}
