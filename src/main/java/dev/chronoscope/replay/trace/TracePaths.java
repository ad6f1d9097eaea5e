package dev.chronoscope.replay.trace;

import com.fasterxml.jackson.databind.JsonNode;

/** Turns record values into state path segments. */
final class TracePaths {

    private TracePaths() {}

    /**
     * A value as one path segment: '/' would split it, so it is written %2F (and '%' as %25);
     * a missing value is "-".
     */
    static String segment(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return "-";
        return segment(node.asText());
    }

    static String segment(String text) {
        if (text.isEmpty()) return "-";
        if (text.indexOf('/') < 0 && text.indexOf('%') < 0) return text;
        return text.replace("%", "%25").replace("/", "%2F");
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? "" : node.asText();
    }

    /**
     * The id of an async or object event: {@code id}, else {@code id2.global}, else
     * {@code id2.local} qualified by pid (local ids are only unique within their process); with a
     * {@code scope}, prefixed {@code <scope>:} (the same id in two scopes names two things).
     */
    static String id(JsonNode record) {
        String id = unscopedId(record);
        String scope = text(record.get("scope"));
        return scope.isEmpty() ? id : scope + ":" + id;
    }

    private static String unscopedId(JsonNode record) {
        JsonNode id = record.get("id");
        if (id != null && !id.isNull()) return id.asText();
        JsonNode id2 = record.path("id2");
        if (id2.has("global")) return id2.get("global").asText();
        if (id2.has("local")) return text(record.get("pid")) + ":" + id2.get("local").asText();
        return "";
    }
}
