package dev.chronoscope.causality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Findings collected during ingest and their JSON form in meta. Only the first {@link #MAX_KEPT}
 * are kept (a broken log could yield one per event); all are counted.
 */
final class FindingLog {
    static final int MAX_KEPT = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Finding> kept = new ArrayList<>();
    private long count;

    void add(Finding finding) {
        count++;
        if (kept.size() < MAX_KEPT) kept.add(finding);
    }

    long count() {
        return count;
    }

    List<Finding> kept() {
        return kept;
    }

    String toJson() {
        ArrayNode array = JSON.createArrayNode();
        for (Finding f : kept) {
            ObjectNode node = array.addObject();
            node.put("kind", f.kind());
            node.put("offset", f.offset());
            node.put("summary", f.summary());
            f.subjects().forEach(node.putArray("subjects")::add);
            ArrayNode offsets = node.putArray("offsets");
            f.offsets().forEach(offsets::add);
        }
        return array.toString();
    }

    /** Reads what {@link #toJson} wrote; missing or unreadable text gives no findings. */
    static List<Finding> parse(String json) {
        if (json == null || json.isBlank()) return List.of();
        List<Finding> result = new ArrayList<>();
        try {
            for (JsonNode node : JSON.readTree(json)) {
                List<String> subjects = new ArrayList<>();
                node.path("subjects").forEach(s -> subjects.add(s.asText()));
                List<Long> offsets = new ArrayList<>();
                node.path("offsets").forEach(o -> offsets.add(o.asLong()));
                result.add(new Finding(node.path("kind").asText(), node.path("offset").asLong(),
                        node.path("summary").asText(), List.copyOf(subjects), List.copyOf(offsets)));
            }
        } catch (IOException e) {
            return List.of();
        }
        return List.copyOf(result);
    }
}
