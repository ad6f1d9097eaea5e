package dev.chronoscope.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A parsed path into a JSON record: {@code $.a.b}, {@code a.b[0]}, {@code $["odd key"]}. Parsing is
 * cached because rules and filters resolve the same few paths millions of times. Keys are interned,
 * as the JSON reader interns the keys it reads, so that finding a member mostly ends at a reference
 * comparison.
 */
public final class FieldPath {
    private static final Map<String, FieldPath> CACHE = new ConcurrentHashMap<>();

    private final String text;
    private final Object[] steps; // String (object key) or Integer (array index)

    private FieldPath(String text, Object[] steps) {
        this.text = text;
        this.steps = steps;
    }

    public static FieldPath of(String text) {
        FieldPath cached = CACHE.get(text);
        if (cached != null) return cached;
        FieldPath parsed = new FieldPath(text, parse(text));
        if (CACHE.size() < 100_000) CACHE.put(text, parsed);
        return parsed;
    }

    public String text() {
        return text;
    }

    /** The value at this path, or null when any step is missing. */
    public JsonNode resolve(JsonNode root) {
        JsonNode node = root;
        for (Object step : steps) {
            if (node == null) return null;
            if (step instanceof String key) {
                node = node.isObject() ? node.get(key) : null;
            } else {
                int index = (Integer) step;
                node = node.isArray() ? node.get(index) : null;
            }
        }
        return node;
    }

    private static Object[] parse(String text) {
        String s = text.trim();
        if (s.startsWith("$")) s = s.substring(1);
        List<Object> steps = new ArrayList<>();
        int i = 0;
        StringBuilder key = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '.') {
                flush(key, steps);
                i++;
            } else if (c == '[') {
                flush(key, steps);
                int close = s.indexOf(']', i);
                if (close < 0) throw new IllegalArgumentException("unclosed '[' in path " + text);
                String inside = s.substring(i + 1, close).trim();
                if (inside.startsWith("\"") || inside.startsWith("'")) {
                    steps.add(inside.substring(1, inside.length() - 1).intern());
                } else {
                    try {
                        steps.add(Integer.parseInt(inside));
                    } catch (NumberFormatException e) {
                        steps.add(inside.intern());
                    }
                }
                i = close + 1;
            } else {
                key.append(c);
                i++;
            }
        }
        flush(key, steps);
        return steps.toArray();
    }

    private static void flush(StringBuilder key, List<Object> steps) {
        if (key.length() > 0) {
            steps.add(key.toString().intern());
            key.setLength(0);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
