package dev.chronoscope.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.chronoscope.profile.JsonProblems;

/** The Jackson set-up every JSON reader shares, and the wording of its complaints. */
final class Jsons {
    /**
     * For streaming parsers that read record after record. Lenient where log writers are sloppy:
     * trailing commas, NaN, control characters in strings.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    /**
     * One reader for every line (a reader is immutable and cheap to use, costly to build); it
     * refuses anything after the value, so that two records glued on one line are not half-read.
     */
    static final ObjectReader TREE_READER = MAPPER.readerFor(JsonNode.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Jsons() {}

    /** "malformed JSON at column 17: unexpected character ..." — Jackson's short message, one line. */
    static String malformed(JsonProcessingException e, int columnShift) {
        String message = JsonProblems.describe(e, false);
        int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        return column > 0 ? "malformed JSON at column " + (column + columnShift) + ": " + message : "malformed JSON: " + message;
    }

    /**
     * True when the input ended inside a value. Jackson throws JsonEOFException for most such cases
     * but a plain JsonParseException ("Unexpected end-of-input within/between Array entries") for
     * some, so the message is checked too.
     */
    static boolean endOfInput(JsonProcessingException e) {
        if (e instanceof JsonEOFException) return true;
        String message = e.getOriginalMessage();
        return message != null && message.startsWith("Unexpected end-of-input");
    }

    static String describe(JsonNode node) {
        if (node.isArray()) return "an array";
        if (node.isTextual()) return "a string";
        if (node.isNumber()) return "a number";
        if (node.isBoolean()) return node.asText();
        if (node.isNull()) return "null";
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f';
    }
}
