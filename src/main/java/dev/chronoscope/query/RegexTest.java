package dev.chronoscope.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Severity;
import java.util.regex.Pattern;

/**
 * {@code field ~ "regex"}: Java regex, found anywhere in the value's text; compiled once.
 *
 * <p>Java's matcher backtracks: a pattern such as {@code .*.*.*==} or {@code (a|aa)+$} against a
 * long value runs for hours or overflows the stack. A log holds values of any length, so one
 * value may cost the matcher at most {@link #MAX_STEPS} characters read; past that, or on a stack
 * overflow, the filter gives up with {@link FilterGaveUpException} instead of hanging the search,
 * the fold (a rule's {@code when}) or the command.
 */
final class RegexTest implements ValueTest {
    /** Characters the matcher may read for one value: a fraction of a second to a few seconds. */
    static final long MAX_STEPS = 200_000_000L;

    private final Pattern pattern;
    private final int column;

    /** {@code column}: where the expression is, for the message if it gives up. */
    RegexTest(Pattern pattern, int column) {
        this.pattern = pattern;
        this.column = column;
    }

    @Override
    public boolean text(String value) {
        try {
            return pattern.matcher(new BoundedText(value, MAX_STEPS)).find();
        } catch (BoundedText.OutOfSteps | StackOverflowError e) {
            throw new GaveUp(column, "the regular expression /" + pattern.pattern() + "/ gave up on a value of "
                    + value.length() + " characters (" + BoundedText.whyGaveUp(e)
                    + "); simplify it: it is found anywhere in the value, so a leading or trailing .* is not needed");
        }
    }

    @Override
    public boolean number(long value) {
        return text(Long.toString(value));
    }

    @Override
    public boolean node(JsonNode value) {
        if (value.isNull()) return false;
        if (value.isTextual()) return text(value.textValue());
        return text(value.isValueNode() ? value.asText() : value.toString());
    }

    @Override
    public boolean missing() {
        return false;
    }

    @Override
    public boolean severity(Severity value) {
        return text(value.name());
    }

    @Override
    public String toString() {
        return "~ /" + pattern.pattern() + "/";
    }

    /** A regex that gave up; {@link CompiledFilter} adds the event and rethrows it as public. */
    static final class GaveUp extends RuntimeException {
        final int column;

        GaveUp(int column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }
}
