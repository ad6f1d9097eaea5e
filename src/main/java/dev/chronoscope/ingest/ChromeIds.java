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
     * The id of an async, flow or object event: {@code id}, else {@code id2.global}, else
     * {@code id2.local} (prefixed with the pid, since local ids are only unique within their
     * process); with a {@code scope}, prefixed {@code <scope>:}, since the same id in two scopes
     * names two things (the format's answer to id clashes between subsystems).
     */
    static String flowId(JsonNode record) {
        String id = unscopedId(record);
        JsonNode scope = record.get("scope");
        return scope == null || scope.isNull() || scope.asText().isEmpty() ? id : scope.asText() + ":" + id;
    }

    private static String unscopedId(JsonNode record) {
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
     * number or its nanoseconds do not fit a long (beyond about ±292 years, or the one long that is
     * {@code Event.NO_TIME}). Numeric strings are accepted because some writers quote their timestamps.
     */
    static long microsToNanos(JsonNode node, long missing) {
        if (node == null) return missing;
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) return missing;
            long micros = node.longValue();
            long nanos = micros * 1000L;
            // Checked, not Math.multiplyExact: an exception per bad event would be costly in a big trace.
            boolean overflows = Math.multiplyHigh(micros, 1000L) != (nanos >> 63);
            return overflows || nanos == Long.MIN_VALUE ? missing : nanos;
        }
        if (node.isNumber()) return roundedNanos(node.doubleValue(), missing);
        if (node.isTextual()) {
            try {
                return roundedNanos(Double.parseDouble(node.textValue()), missing);
            } catch (NumberFormatException e) {
                return missing;
            }
        }
        return missing;
    }

    /** NaN and infinities are no time, and Math.round would give 0 and Long.MAX_VALUE for them. */
    private static long roundedNanos(double micros, long missing) {
        double nanos = micros * 1000.0;
        return Math.abs(nanos) < 9.2e18 ? Math.round(nanos) : missing;
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
