package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.NavigableMap;
import java.util.SortedMap;

/**
 * Slash-separated state paths over the flat leaf map. The map is kept a proper tree: no leaf path
 * is an ancestor of another leaf path, so "the subtree at p" is either the single leaf p or the
 * contiguous key range {@code p/ .. p0} ('0' is the character after '/').
 */
final class Paths {
    private Paths() {}

    /** A user-typed prefix without surrounding slashes; "" stands for the whole tree. */
    static String normalize(String prefix) {
        if (prefix == null) return "";
        int from = 0;
        int to = prefix.length();
        while (from < to && prefix.charAt(from) == '/') from++;
        while (to > from && prefix.charAt(to - 1) == '/') to--;
        return prefix.substring(from, to);
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "/" + key;
    }

    /** True when path equals prefix or lies below it; every path is under "". */
    static boolean isAtOrUnder(String path, String prefix) {
        if (prefix.isEmpty()) return true;
        return path.startsWith(prefix)
                && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }

    /** Leaves strictly below path (a live view). */
    static SortedMap<String, JsonNode> below(NavigableMap<String, JsonNode> leaves, String path) {
        if (path.isEmpty()) return leaves;
        return leaves.subMap(path + "/", path + "0");
    }

    /** The leaf at prefix, or the leaves below it (a live view). */
    static SortedMap<String, JsonNode> subtree(NavigableMap<String, JsonNode> leaves, String prefix) {
        if (prefix.isEmpty()) return leaves;
        if (leaves.containsKey(prefix)) return leaves.subMap(prefix, true, prefix, true);
        return below(leaves, prefix);
    }

    /** Applies a change set (forward) or undoes it (backward) on a leaf map. */
    static void apply(NavigableMap<String, JsonNode> leaves, List<Change> changes, boolean forward) {
        for (int i = 0, n = changes.size(); i < n; i++) {
            Change c = changes.get(i);
            JsonNode v = forward ? c.after() : c.before();
            if (v == null) leaves.remove(c.path());
            else leaves.put(c.path(), v);
        }
    }
}
