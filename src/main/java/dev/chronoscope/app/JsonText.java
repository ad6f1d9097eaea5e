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
}
