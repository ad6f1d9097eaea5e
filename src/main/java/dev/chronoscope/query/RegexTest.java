package dev.chronoscope.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Severity;
import java.util.regex.Pattern;

/** {@code field ~ "regex"}: Java regex, found anywhere in the value's text; compiled once. */
final class RegexTest implements ValueTest {
    private final Pattern pattern;

    RegexTest(Pattern pattern) {
        this.pattern = pattern;
    }

    @Override
    public boolean text(String value) {
        return pattern.matcher(value).find();
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
}
