package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/** Small conversions of Chrome trace fields: ids as text, µs timestamps as ns. */
final class ChromeIds {

    private ChromeIds() {}

    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return "";
        return node.asText();
    }

    /**
     * The id of an async or flow event: {@code id}, else {@code id2.global}, else {@code id2.local}
     * (prefixed with the pid, since local ids are only unique within their process).
     */
    static String flowId(JsonNode record) {
        JsonNode id = record.get("id");
        if (id != null && !id.isNull()) return id.asText();
        JsonNode id2 = record.get("id2");
        if (id2 == null || !id2.isObject()) return "";
        if (id2.has("global")) return id2.get("global").asText();
        if (id2.has("local")) return text(record.get("pid")) + ":" + id2.get("local").asText();
        return "";
    }

    /**
     * Microseconds (integer or fractional) to nanoseconds; {@code missing} when the node is not a
     * number. Numeric strings are accepted because some writers quote their timestamps.
     */
    static long microsToNanos(JsonNode node, long missing) {
        if (node == null) return missing;
        if (node.isIntegralNumber()) return node.longValue() * 1000L;
        if (node.isNumber()) return Math.round(node.doubleValue() * 1000.0);
        if (node.isTextual()) {
            try {
                return Math.round(Double.parseDouble(node.textValue()) * 1000.0);
            } catch (NumberFormatException e) {
                return missing;
            }
        }
        return missing;
    }

    /** A Node async id ("0x1f" or 31) as a decimal string, or null when it is neither. */
    static String asyncId(JsonNode node) {
        if (node == null) return null;
        if (node.isIntegralNumber()) return Long.toString(node.longValue());
        String s = node.asText().trim();
        try {
            if (s.startsWith("0x") || s.startsWith("0X")) return Long.toString(Long.parseUnsignedLong(s.substring(2), 16));
            return Long.toString(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
