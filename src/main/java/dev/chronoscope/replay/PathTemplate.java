package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.FieldPath;
import dev.chronoscope.event.NumberStrings;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule's state path with {@code ${field}} / {@code ${$lane}} holes, split once into literal text
 * and references. A hole whose value is absent, JSON null or not a scalar makes the whole path
 * absent for that event (the caller counts a rule miss). Not thread-safe: it keeps the paths it
 * made (see {@link #resolveOneHole}).
 */
final class PathTemplate {
    private static final int CACHE_BITS = 10;
    private static final int CACHE_SLOTS = 1 << CACHE_BITS;

    private final String text;
    private final String[] literals; // literals[i] precedes holes[i]; one more literal than holes
    private final Object[] holes;    // FieldPath or Envelope
    // paths made for one-hole templates, by the hole's value; filled on first use (not thread-safe,
    // like the rule projection that owns the template)
    private NumberStrings numberPaths;
    private String[] textKeys;
    private String[] textPaths;

    private PathTemplate(String text, String[] literals, Object[] holes) {
        this.text = text;
        this.literals = literals;
        this.holes = holes;
    }

    /** @throws IllegalArgumentException for an unclosed or empty hole, or one that names nothing */
    static PathTemplate compile(String written) {
        String text = Paths.normalize(written);
        List<String> literals = new ArrayList<>();
        List<Object> holes = new ArrayList<>();
        int from = 0;
        for (int open = text.indexOf("${"); open >= 0; open = text.indexOf("${", from)) {
            int close = text.indexOf('}', open);
            if (close < 0) throw new IllegalArgumentException("unclosed '${' in path '" + written + "'");
            String name = text.substring(open + 2, close).trim();
            if (name.isEmpty()) throw new IllegalArgumentException("empty '${}' in path '" + written + "'");
            literals.add(text.substring(from, open));
            if (name.startsWith("$.")) name = name.substring(2);
            if (name.startsWith("$") && !name.startsWith("$[")) {
                Envelope e = Envelope.named(name);
                if (e == null) {
                    throw new IllegalArgumentException("unknown envelope field '" + name + "' in path '"
                            + written + "' (use $lane, $type, $id, $offset or $time)");
                }
                holes.add(e);
            } else {
                holes.add(field(name, written));
            }
            from = close + 1;
        }
        literals.add(text.substring(from));
        if (text.isEmpty()) throw new IllegalArgumentException("empty state path");
        for (String literal : literals) {
            if (literal.contains("//")) {
                throw new IllegalArgumentException("empty segment ('//') in path '" + written
                        + "': every level of a state path needs a name");
            }
        }
        return new PathTemplate(text, literals.toArray(new String[0]), holes.toArray());
    }

    /** A field parsed once; one that does not parse is the profile's mistake, not every event's. */
    private static FieldPath field(String name, String written) {
        try {
            return FieldPath.of(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad field '" + name + "' in path '" + written + "': " + e.getMessage(), e);
        }
    }

    String text() {
        return text;
    }

    /** The concrete path for this event, or null when a hole finds no value. */
    String resolve(Event event) {
        if (holes.length == 0) return literals[0];
        if (holes.length == 1) return resolveOneHole(event);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < holes.length; i++) {
            sb.append(literals[i]);
            JsonNode v = asLevel(valueAt(i, event));
            if (v == null) return null;
            if (v.isTextual()) sb.append(v.textValue());
            else if (v.isIntegralNumber() && v.canConvertToLong()) sb.append(v.longValue()); // same digits, no string
            else sb.append(v.asText());
        }
        return sb.append(literals[holes.length]).toString();
    }

    /**
     * Most templates have one hole ({@code processes/${pid}/state}), and a log names the same few
     * thousand pids, files or locks again and again: the path made for a value is kept in a small
     * direct-mapped cache, so a repeat costs no string building, and handing the fold the same
     * String instance lets its path table use the hash code kept in it and match by reference.
     */
    private String resolveOneHole(Event event) {
        JsonNode v = asLevel(valueAt(0, event));
        if (v == null) return null;
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            long n = v.longValue();
            if (numberPaths == null) numberPaths = new NumberStrings(CACHE_BITS);
            String cached = numberPaths.get(n);
            return cached != null ? cached : numberPaths.put(n, literals[0] + n + literals[1]); // asText's digits
        }
        String text = v.isTextual() ? v.textValue() : v.asText();
        if (textPaths == null) {
            textKeys = new String[CACHE_SLOTS];
            textPaths = new String[CACHE_SLOTS];
        }
        int slot = text.hashCode() * 0x9E3779B9 >>> (32 - CACHE_BITS);
        String cached = textPaths[slot];
        if (cached != null && text.equals(textKeys[slot])) return cached;
        String made = literals[0] + text + literals[1];
        textKeys[slot] = text;
        textPaths[slot] = made;
        return made;
    }

    /**
     * The value a hole writes as a level, or null when it has none. A whole number written with a
     * fraction ({@code 1234.0}) is the integer, as it is in the state's values: otherwise a log that
     * writes a pid both ways would split one process into two subtrees.
     */
    private static JsonNode asLevel(JsonNode v) {
        if (v == null || v.isNull() || v.isContainerNode() || v.isMissingNode()) return null;
        return v.isFloatingPointNumber() ? Values.canonicalNumber(v) : v;
    }

    private JsonNode valueAt(int i, Event event) {
        Object hole = holes[i];
        return hole instanceof FieldPath field ? event.field(field) : ((Envelope) hole).of(event);
    }
}
