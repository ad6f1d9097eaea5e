package dev.chronoscope.profile;

/**
 * The strict form of a record path as profiles.md writes them: {@code $} alone (the whole record)
 * or {@code $} followed by steps, each {@code .name} or {@code [0]} or {@code ["key"]}. The ingest's
 * {@link dev.chronoscope.event.FieldPath} reads paths leniently; a profile is checked here first,
 * because a path it reads differently from its author's intent ({@code event.kind} without
 * {@code $.}, {@code $.a..b}) gives every event an empty value, with no other sign of the typo.
 */
final class RecordPathSyntax {
    private RecordPathSyntax() {}

    /** What is wrong with path, or null when it is a record path. */
    static String problem(String path) {
        if (!path.startsWith("$")) return "a record path starts with \"$.\", as in \"$." + path + "\"";
        if (path.equals("$")) return null;
        int i = 1;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') end++;
                if (end == i + 1) return "expected a field name after the '.' at character " + (i + 1);
                if (path.substring(i + 1, end).indexOf(']') >= 0) return "unexpected ']' at character " + (path.indexOf(']', i) + 1);
                i = end;
            } else if (c == '[') {
                int close = closingBracket(path, i);
                if (close < 0) return "the '[' at character " + (i + 1) + " is not closed";
                String inside = path.substring(i + 1, close);
                if (!isIndex(inside) && !isQuotedKey(inside)) {
                    return "expected an index like [0] or a quoted key like [\"a b\"] at character " + (i + 1) + ", found [" + inside + "]";
                }
                i = close + 1;
            } else {
                return "expected '.' or '[' at character " + (i + 1) + ", found '" + c + "'";
            }
        }
        return null;
    }

    private static int closingBracket(String path, int open) {
        if (open + 1 < path.length() && (path.charAt(open + 1) == '"' || path.charAt(open + 1) == '\'')) {
            int quote = path.indexOf(path.charAt(open + 1), open + 2);
            return quote < 0 || quote + 1 >= path.length() || path.charAt(quote + 1) != ']' ? -1 : quote + 1;
        }
        return path.indexOf(']', open);
    }

    private static boolean isIndex(String inside) {
        if (inside.isEmpty() || inside.length() > 9) return false;
        for (int i = 0; i < inside.length(); i++) if (inside.charAt(i) < '0' || inside.charAt(i) > '9') return false;
        return true;
    }

    private static boolean isQuotedKey(String inside) {
        return inside.length() >= 2 && (inside.charAt(0) == '"' || inside.charAt(0) == '\'')
                && inside.charAt(inside.length() - 1) == inside.charAt(0);
    }
}
