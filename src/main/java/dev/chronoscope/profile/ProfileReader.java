package dev.chronoscope.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.query.Filters;
import dev.chronoscope.query.QueryException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks one profile document token by token (so that every complaint has a line and column) and
 * builds the {@link Profile}. Rule values are kept as written for replay to evaluate, but a value
 * that looks like a reference ({@code "$..."}) must be one replay understands, so that a typo such
 * as {@code "$amount"} is caught here rather than silently written as text.
 */
final class ProfileReader extends ShapeReader {
    private static final String TOP_KEYS = "name, description, detect, mapping, rules, projections";
    private static final String RULE_KEYS = "on, when, set, add, sub, append, pull, remove, description";
    private static final String STATE_PATH = "a state path like \"accounts/${account}/balance\"";
    private static final Set<String> ENVELOPE_REFS = Set.of("$", "$type", "$time", "$lane", "$offset", "$id");
    /** The envelope fields a {@code ${...}} hole in a state path may name (the whole body cannot be a level). */
    private static final Set<String> ENVELOPE_HOLES = Set.of("$type", "$time", "$lane", "$offset", "$id");

    /** The profile's text as read, when known, to place errors inside strings that hold escapes. */
    private final String text;

    ProfileReader(String source, JsonParser parser, String text) {
        super(source, parser);
        this.text = text;
    }

    Profile read(String fallbackName) throws IOException, ProfileException {
        parser.nextToken();
        expectObject("", "a profile object");
        String name = null;
        Detect detect = null;
        Mapping mapping = null;
        List<Rule> rules = null;
        List<String> projections = null;
        JsonLocation projectionsAt = null;
        for (String key = nextKey(); key != null; key = nextKey()) {
            switch (key) {
                case "name" -> name = string("name", "a profile name");
                case "description" -> string("description", "a text");
                case "detect" -> detect = detect();
                case "mapping" -> mapping = new MappingReader(source, parser).read();
                case "rules" -> rules = rules();
                case "projections" -> {
                    projectionsAt = keyLocation();
                    projections = oneOrMany("projections", "a projection name or a list of them");
                }
                default -> throw unknownKey("", key, TOP_KEYS);
            }
        }
        JsonToken after = parser.nextToken();
        if (after != null) throw fail("", "expected the end of the file after the profile, found " + found(after));
        return new Profile(name == null ? fallbackName : name, source, detect, mapping, rules, projections,
                projectionsAt == null ? 0 : projectionsAt.getLineNr(), projectionsAt == null ? 0 : projectionsAt.getColumnNr());
    }

    private Detect detect() throws IOException, ProfileException {
        expectObject("detect", "an object with anyType and/or fields");
        List<String> anyType = null;
        List<String> fields = null;
        for (String key = nextKey(); key != null; key = nextKey()) {
            switch (key) {
                case "anyType" -> anyType = oneOrMany("detect.anyType", "a type name or a list of them");
                case "fields" -> {
                    fields = oneOrMany("detect.fields", "a field path or a list of them");
                    for (String f : fields) checkRecordPath("detect.fields", f);
                }
                default -> throw unknownKey("detect", key, "anyType, fields");
            }
        }
        return new Detect(anyType, fields);
    }

    private List<Rule> rules() throws IOException, ProfileException {
        if (parser.currentToken() != JsonToken.START_ARRAY) throw wrongShape("rules", "a list of rules");
        List<Rule> rules = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            rules.add(rule("rules[" + rules.size() + "]"));
        }
        return rules;
    }

    private Rule rule(String where) throws IOException, ProfileException {
        expectObject(where, "a rule object");
        JsonLocation start = parser.currentTokenLocation();
        List<String> on = null;
        String when = null;
        Map<String, Map<String, JsonNode>> ops = new LinkedHashMap<>();
        List<String> remove = null;
        for (String key = nextKey(); key != null; key = nextKey()) {
            String at = where + "." + key;
            switch (key) {
                case "on" -> on = oneOrMany(at, "a type name or a list of them");
                case "when" -> when = filter(at);
                case "set", "append", "pull" -> ops.put(key, operations(at, false));
                case "add", "sub" -> ops.put(key, operations(at, true));
                case "remove" -> remove = statePaths(at);
                case "description" -> string(at, "a text");
                default -> throw unknownKey(where, key, RULE_KEYS);
            }
        }
        if (on == null) throw fail(start, where, "missing \"on\" (expected a type name or a list of them)");
        if (ops.isEmpty() && remove == null) {
            throw fail(start, where, "expected at least one of set, add, sub, append, pull, remove");
        }
        return new Rule(on, when, ops.get("set"), ops.get("add"), ops.get("sub"), ops.get("append"),
                ops.get("pull"), remove, start.getLineNr());
    }

    /**
     * A filter expression, compiled now so that a mistake in it is reported at its place in the
     * profile file rather than when the first event meets it.
     */
    private String filter(String where) throws IOException, ProfileException {
        JsonLocation at = parser.currentTokenLocation();
        String expression = string(where, "a filter expression");
        try {
            Filters.parse(expression);
        } catch (QueryException e) {
            JsonLocation inside = new JsonLocation(at.contentReference(), at.getCharOffset(), at.getLineNr(),
                    at.getColumnNr() + 1 + writtenLength(at.getCharOffset() + 1, e.column() - 1));
            throw fail(inside, where, "bad filter \"" + expression + "\": " + e.getMessage());
        }
        return expression;
    }

    /**
     * How many characters of the file the first {@code decoded} characters of the string starting
     * at {@code from} take: {@code \"} is two, {@code \u00fc} six. Without the text, one each.
     */
    private int writtenLength(long from, int decoded) {
        if (text == null || from < 0 || from > text.length()) return decoded;
        int i = (int) from;
        for (int d = 0; d < decoded && i < text.length(); d++) {
            if (text.charAt(i) != '\\' || i + 1 >= text.length()) i++;
            else i += text.charAt(i + 1) == 'u' ? 6 : 2;
        }
        return i - (int) from;
    }

    /** An object of state path → value; {@code numeric} ops take numbers or references only. */
    private Map<String, JsonNode> operations(String where, boolean numeric) throws IOException, ProfileException {
        expectObject(where, "an object of " + STATE_PATH + " → value");
        Map<String, JsonNode> out = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String path = parser.currentName();
            String at = where + "[\"" + path + "\"]";
            checkStatePath(at, path);
            parser.nextToken();
            JsonLocation valueAt = parser.currentTokenLocation();
            JsonNode value = value();
            if (numeric && !value.isNumber() && !isReference(value)) {
                throw fail(valueAt, at, "expected a number or a reference like \"$.amount\"");
            }
            if (isReference(value)) checkReference(valueAt, at, value.textValue());
            out.put(path, value);
        }
        return out;
    }

    private static boolean isReference(JsonNode value) {
        return value.isTextual() && value.textValue().startsWith("$");
    }

    private void checkReference(JsonLocation at, String where, String ref) throws ProfileException {
        if (ENVELOPE_REFS.contains(ref)) return;
        if (ref.startsWith("$.") || ref.startsWith("$[")) {
            String problem = RecordPathSyntax.problem(ref);
            if (problem != null) throw fail(at, where, "\"" + ref + "\" is no record path: " + problem);
            try {
                dev.chronoscope.event.FieldPath.of(ref);
                return;
            } catch (IllegalArgumentException e) {
                throw fail(at, where, "expected a record path like \"$.a.b\" (" + e.getMessage() + ")");
            }
        }
        throw fail(at, where, "unknown reference \"" + ref + "\" (expected \"$.field\", \"$type\", \"$time\", "
                + "\"$lane\", \"$offset\", \"$id\" or \"$\"; write \"\\\\$\" for a literal $)");
    }

    /** {@code remove}'s paths, one or a list, each checked where it is written. */
    private List<String> statePaths(String where) throws IOException, ProfileException {
        String expected = STATE_PATH + " or a list of them";
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            String path = string(where, expected);
            checkStatePath(where, path);
            return List.of(path);
        }
        List<String> out = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String at = where + "[" + out.size() + "]";
            String path = string(at, expected);
            checkStatePath(at, path);
            out.add(path);
        }
        if (out.isEmpty()) throw fail(where, "expected " + expected + ", found an empty list");
        return out;
    }

    /**
     * Slash-separated, non-empty, no empty level, every {@code ${} closed and naming an envelope
     * field or a record path. Checked here, where the path is written, because a hole that does not
     * parse would otherwise find nothing in every event (or stop the fold) with no sign of the typo.
     */
    private void checkStatePath(String where, String path) throws ProfileException {
        if (path.isBlank()) throw fail(where, "expected " + STATE_PATH + ", found an empty path");
        String trimmed = path.replaceAll("^/+|/+$", "");
        int from = 0;
        int i = trimmed.indexOf("${");
        while (true) {
            String literal = trimmed.substring(from, i < 0 ? trimmed.length() : i);
            if (literal.contains("//")) {
                throw fail(where, "empty level ('//') in state path \"" + path + "\": every level needs a name");
            }
            if (i < 0) return;
            int close = trimmed.indexOf('}', i);
            if (close < 0) throw fail(where, "unclosed \"${\" in state path \"" + path + "\"");
            String hole = trimmed.substring(i + 2, close).trim();
            if (hole.isEmpty()) throw fail(where, "empty \"${}\" in state path \"" + path + "\"");
            checkHole(where, path, hole);
            from = close + 1;
            i = trimmed.indexOf("${", from);
        }
    }

    private void checkHole(String where, String path, String hole) throws ProfileException {
        boolean recordPath = hole.startsWith("$.") || hole.startsWith("$[");
        if (hole.startsWith("$") && !recordPath) {
            if (ENVELOPE_HOLES.contains(hole)) return;
            throw fail(where, "unknown envelope field \"" + hole + "\" in \"${" + hole + "}\" of state path \"" + path
                    + "\" (expected $type, $lane, $id, $offset, $time or a record field)");
        }
        String asRecordPath = recordPath ? hole : hole.startsWith("[") ? "$" + hole : "$." + hole;
        String problem = RecordPathSyntax.problem(asRecordPath);
        if (problem == null) {
            try {
                dev.chronoscope.event.FieldPath.of(asRecordPath);
                return;
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        throw fail(where, "\"${" + hole + "}\" in state path \"" + path + "\" names no record field: \""
                + asRecordPath + "\" is no record path: " + problem);
    }
}
