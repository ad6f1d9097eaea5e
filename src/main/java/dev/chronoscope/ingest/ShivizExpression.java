package dev.chronoscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A ShiViz parser expression made usable in Java. ShiViz expressions are JavaScript regular
 * expressions, where a brace that does not start a quantifier is a literal ({@code {.*}} in the
 * default expression); Java rejects those, so such braces are escaped. The number of line breaks
 * in the expression says how many lines one match spans, which lets the reader stream a window of
 * lines instead of holding the whole file.
 */
final class ShivizExpression {
    static final String DEFAULT = "(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})";
    private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static final Pattern QUANTIFIER = Pattern.compile("\\{\\d+(,\\d*)?}");

    final String source;
    final Pattern pattern;
    final List<String> groups;
    final int lines;

    private ShivizExpression(String source, Pattern pattern, List<String> groups, int lines) {
        this.source = source;
        this.pattern = pattern;
        this.groups = groups;
        this.lines = lines;
    }

    /** Compiles the expression; throws IllegalArgumentException naming what is wrong with it. */
    static ShivizExpression compile(String source) {
        String text = source == null || source.isBlank() ? DEFAULT : source;
        Pattern pattern;
        try {
            pattern = Pattern.compile(toJava(text));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid ShiViz expression " + text + ": " + e.getDescription(), e);
        }
        List<String> groups = new ArrayList<>();
        Matcher m = GROUP.matcher(text);
        while (m.find()) {
            if (!escaped(text, m.start())) groups.add(m.group(1));
        }
        for (String required : List.of("host", "clock")) {
            if (!groups.contains(required)) {
                throw new IllegalArgumentException("ShiViz expression " + text + " has no named group (?<" + required + ">...)");
            }
        }
        return new ShivizExpression(text, pattern, List.copyOf(groups), 1 + lineBreaks(text));
    }

    /** Escapes every brace that is not part of a {n}, {n,} or {n,m} quantifier, outside classes. */
    static String toJava(String js) {
        StringBuilder out = new StringBuilder(js.length() + 8);
        boolean inClass = false;
        for (int i = 0; i < js.length(); i++) {
            char c = js.charAt(i);
            if (c == '\\' && i + 1 < js.length()) {
                out.append(c).append(js.charAt(++i));
            } else if (inClass) {
                if (c == ']') inClass = false;
                out.append(c);
            } else if (c == '[') {
                inClass = true;
                out.append(c);
            } else if (c == '{') {
                Matcher q = QUANTIFIER.matcher(js).region(i, js.length());
                if (q.lookingAt() && i > 0) {
                    out.append(q.group());
                    i = q.end() - 1;
                } else {
                    out.append("\\{");
                }
            } else if (c == '}') {
                out.append("\\}");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int lineBreaks(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') n++;
            if (c == '\\' && i + 1 < text.length()) {
                if (text.charAt(i + 1) == 'n') n++;
                i++;
            }
        }
        return n;
    }

    private static boolean escaped(String text, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) backslashes++;
        return backslashes % 2 == 1;
    }
}
