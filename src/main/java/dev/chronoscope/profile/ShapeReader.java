package dev.chronoscope.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.FieldPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The checking primitives of the profile reader: each reads the value at the parser's current
 * token and fails, with the token's line and column and the field's path in the profile
 * ({@code rules[3].on}), when it has the wrong shape.
 */
abstract class ShapeReader {
    protected final String source;
    protected final JsonParser parser;
    /** Where the key last returned by {@link #nextKey} starts, so unknown keys point at themselves. */
    private JsonLocation keyAt;

    ShapeReader(String source, JsonParser parser) {
        this.source = source;
        this.parser = parser;
    }

    protected ProfileException fail(String where, String problem) {
        return fail(parser.currentTokenLocation(), where, problem);
    }

    protected ProfileException fail(JsonLocation at, String where, String problem) {
        String prefix = where.isEmpty() ? "" : where + ": ";
        return new ProfileException(source, at.getLineNr(), at.getColumnNr(), prefix + problem);
    }

    protected ProfileException wrongShape(String where, String expected) {
        return fail(where, "expected " + expected + ", found " + found(parser.currentToken()));
    }

    protected ProfileException unknownKey(String where, String key, String allowed) {
        return fail(keyAt, where, "unknown key \"" + key + "\" (expected one of " + allowed + ")");
    }

    /** Where the key last returned by {@link #nextKey} starts. */
    protected JsonLocation keyLocation() {
        return keyAt;
    }

    /** Moves to the next key of the object being read; null at its end. */
    protected String nextKey() throws IOException {
        JsonToken t = parser.nextToken();
        if (t == JsonToken.END_OBJECT) return null;
        String key = parser.currentName();
        keyAt = parser.currentTokenLocation();
        parser.nextToken();
        return key;
    }

    protected void expectObject(String where, String expected) throws ProfileException {
        if (parser.currentToken() != JsonToken.START_OBJECT) throw wrongShape(where, expected);
    }

    protected String string(String where, String expected) throws ProfileException, IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) throw wrongShape(where, expected);
        String text = parser.getText();
        if (text.isBlank()) throw fail(where, "expected " + expected + ", found an empty string");
        return text;
    }

    /** A string, or a list of strings; an empty list is refused because it would mean nothing. */
    protected List<String> oneOrMany(String where, String expected) throws ProfileException, IOException {
        List<String> out = new ArrayList<>();
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            out.add(string(where, expected));
            return out;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) throw wrongShape(where, expected);
        int i = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            out.add(string(where + "[" + i++ + "]", expected));
        }
        if (out.isEmpty()) throw fail(where, "expected " + expected + ", found an empty list");
        return out;
    }

    /** A record path such as {@code $.a.b} or {@code $.args[0]}. */
    protected String recordPath(String where) throws ProfileException, IOException {
        JsonLocation at = parser.currentTokenLocation();
        String text = string(where, "a record path like \"$.a.b\"");
        String problem = RecordPathSyntax.problem(text);
        if (problem != null) throw fail(at, where, "\"" + text + "\" is no record path: " + problem);
        checkRecordPath(where, text);
        return text;
    }

    protected void checkRecordPath(String where, String text) throws ProfileException {
        try {
            FieldPath.of(text);
        } catch (IllegalArgumentException e) {
            throw fail(where, "expected a record path like \"$.a.b\" (" + e.getMessage() + ")");
        }
    }

    protected JsonNode value() throws IOException {
        return parser.readValueAsTree();
    }

    static String found(JsonToken t) {
        if (t == null) return "the end of the file";
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }
}
