package dev.chronoscope.app;

import com.fasterxml.jackson.databind.JsonNode;

/** A JSON value as the window shows it: text without quotes, anything else as JSON. */
final class JsonText {
    private JsonText() {}

    /**
     * Numbers, booleans and null are written straight from their value: JsonNode.toString() runs
     * Jackson's serializer for them too, a cost every cell showing a number paid at each move.
     */
    static String of(JsonNode v) {
        if (v == null) return "";
        if (v.isTextual()) return v.textValue();
        if (v.isNumber() || v.isBoolean() || v.isNull()) return v.asText();
        return v.toString();
    }

    /**
     * Text from the log made safe to draw in one line: control characters (a line break would
     * spill over the neighbouring rows; NUL and others vanish) and the bidirectional formatting
     * characters (U+202E would reverse everything after it in the cell) are shown as escapes, as
     * the command line prints them.
     */
    static String shown(String s) {
        if (s == null) return "";
        int i = 0;
        while (i < s.length() && !needsEscape(s.charAt(i))) i++;
        if (i == s.length()) return s;
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!needsEscape(c)) out.append(c);
            else if (c == '\n') out.append("\\n");
            else if (c == '\t') out.append("\\t");
            else if (c == '\r') out.append("\\r");
            else out.append(String.format("\\u%04x", (int) c));
        }
        return out.toString();
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
