package dev.chronoscope.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Severity;

/**
 * The right-hand side of a condition, applied to whatever kind of value the field holds. Envelope
 * fields arrive as strings or longs, record fields as JSON nodes, so no evaluation has to box or
 * convert a value it does not need.
 */
interface ValueTest {
    boolean text(String value);

    boolean number(long value);

    boolean node(JsonNode value);

    /** The field is absent from this event. */
    boolean missing();

    /** Severities compare by rank unless the test looks at names (a regex). */
    default boolean severity(Severity value) {
        return number(value.rank());
    }
}
