package dev.chronoscope.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors in words for users. Its original message still carries parser
 * internals: "[Source: REDACTED (`StreamReadFeature...` disabled); line: 3, column: 12]", "close
 * marker", "end-of-input", "expected ']' (for root ...)" where nothing is open, and the name of
 * the setting behind a limit ("StreamReadConstraints.getMaxNestingDepth()"). Shared by
 * profiles and the JSON log readers.
 */
public final class JsonProblems {
    private static final int MAX_LENGTH = 160;
    private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line: (\\d+)(, column: (\\d+))?]");
    private static final Pattern UNCLOSED = Pattern.compile(
            "Unexpected end-of-input: expected close marker for (Array|Object) \\(start marker at line (\\d+), column (\\d+)\\)");
    /** Jackson's limits: "Document nesting depth (1001) exceeds the maximum allowed (1000, from `StreamReadConstraints...`)". */
    private static final Pattern LIMIT = Pattern.compile("(.+?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+), from `[^`]*`\\)");
    private static final Pattern MISMATCHED = Pattern.compile(
            "Unexpected close marker '(.)': expected '(.)' \\(for (Array|Object|root) starting at line (\\d+)(?:, column (\\d+))?\\)");

    /** Two values where one is read: "Trailing token (of type START_OBJECT) found after value (bound as `...JsonNode`): ...". */
    private static final Pattern TRAILING = Pattern.compile("Trailing token \\(of type (\\w+)\\) found after value.*");

    private JsonProblems() {}

    /**
     * The problem in one line. {@code withPositions} false leaves out where an unclosed array or
     * object began: a reader that parses a record apart from its file knows only positions within
     * the record, which would contradict the line it reports.
     */
    public static String describe(JsonProcessingException e, boolean withPositions) {
        String message = e.getOriginalMessage();
        if (message == null) return e.getClass().getSimpleName();
        int nl = message.indexOf('\n');
        if (nl >= 0) message = message.substring(0, nl);
        message = SOURCE.matcher(message).replaceAll(m -> "line " + m.group(1) + (m.group(3) == null ? "" : ", column " + m.group(3)));

        Matcher unclosed = UNCLOSED.matcher(message);
        if (unclosed.matches()) {
            String opened = withPositions ? " opened at line " + unclosed.group(2) + ", column " + unclosed.group(3) : "";
            return "unexpected end of input: " + article(unclosed.group(1)) + opened + " is not closed";
        }
        Matcher mismatched = MISMATCHED.matcher(message);
        if (mismatched.matches()) {
            String found = "unexpected '" + mismatched.group(1) + "'";
            if (mismatched.group(3).equals("root")) return found + ": no array or object is open here";
            String column = mismatched.group(5) == null ? "" : ", column " + mismatched.group(5);
            String opened = withPositions ? " opened at line " + mismatched.group(4) + column : "";
            return found + ": expected '" + mismatched.group(2) + "' to close the " + mismatched.group(3).toLowerCase(Locale.ROOT) + opened;
        }
        Matcher trailing = TRAILING.matcher(message);
        if (trailing.matches()) return "a second value (" + tokenInWords(trailing.group(1)) + ") after a complete JSON value";
        Matcher limit = LIMIT.matcher(message);
        if (limit.matches()) {
            return limit.group(1).toLowerCase(Locale.ROOT) + " " + limit.group(2) + " is over the limit of " + limit.group(3);
        }
        // Jackson's own wording otherwise, capital letter included: readers' tests and users' notes quote it
        message = message.replace("end-of-input", "end of input");
        return message.length() > MAX_LENGTH ? message.substring(0, MAX_LENGTH) + "..." : message;
    }

    private static String tokenInWords(String token) {
        return switch (token) {
            case "START_OBJECT" -> "an object";
            case "START_ARRAY" -> "an array";
            case "VALUE_STRING" -> "a string";
            case "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> "a number";
            case "VALUE_TRUE", "VALUE_FALSE" -> "a boolean";
            case "VALUE_NULL" -> "null";
            default -> "more input";
        };
    }

    private static String article(String kind) {
        return kind.equals("Array") ? "an array" : "an object";
    }
}
