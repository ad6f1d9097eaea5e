package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.FieldPath;

/**
 * A rule's value, compiled once: a JSON literal, {@code "$"} (the event's body), {@code "$.path"}
 * (a record field, looked up like {@link Event#field}), or an envelope reference. A string that
 * starts with {@code \$} is the literal text after the backslash.
 */
final class ValueRef {
    private enum Kind { LITERAL, BODY, FIELD, ENVELOPE }

    private final Kind kind;
    private final JsonNode literal;
    private final String field;
    private final FieldPath parsedField; // null when field does not parse: it then fails per event
    private final Envelope envelope;
    final String text;

    private ValueRef(Kind kind, JsonNode literal, String field, Envelope envelope, String text) {
        this.kind = kind;
        this.literal = literal;
        this.field = field;
        this.parsedField = field == null ? null : parsedOrNull(field);
        this.envelope = envelope;
        this.text = text;
    }

    /** @throws IllegalArgumentException for a {@code $} reference that names nothing known */
    static ValueRef compile(JsonNode written) {
        String text = written != null && written.isTextual() ? written.textValue() : null;
        if (text != null && text.startsWith("\\$")) {
            return new ValueRef(Kind.LITERAL, TextNode.valueOf(text.substring(1)), null, null, text);
        }
        if (text == null || !text.startsWith("$")) {
            JsonNode literal = Values.canonical(written);
            return new ValueRef(Kind.LITERAL, literal, null, null, String.valueOf(literal));
        }
        String s = written.textValue();
        if (s.equals("$")) return new ValueRef(Kind.BODY, null, null, null, s);
        if (s.startsWith("$.") || s.startsWith("$[")) {
            if (s.length() < 3) throw new IllegalArgumentException("'" + s + "' names no field");
            return new ValueRef(Kind.FIELD, null, s, null, s);
        }
        Envelope e = Envelope.named(s);
        if (e == null) {
            throw new IllegalArgumentException("unknown reference '" + s
                    + "' (use $, $.field, $type, $time, $lane, $offset or $id; write \"\\\\" + s
                    + "\" for a literal string)");
        }
        return new ValueRef(Kind.ENVELOPE, null, null, e, s);
    }

    private static FieldPath parsedOrNull(String field) {
        try {
            return FieldPath.of(field);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The value for this event, or null when the reference finds nothing. */
    JsonNode resolve(Event event) {
        return switch (kind) {
            case LITERAL -> literal;
            case BODY -> event.body();
            case FIELD -> parsedField != null ? event.field(parsedField) : event.field(field);
            case ENVELOPE -> envelope.of(event);
        };
    }
}
