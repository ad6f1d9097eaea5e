package dev.chronoscope.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.FieldPath;

/**
 * The left-hand side of a condition: an envelope field, or a dotted path into the record (looked up
 * as written, then inside an externally tagged body, like {@link Event#field}). {@code $.type}
 * forces a record field even when the name is an envelope field.
 */
final class FieldRef {
    enum Kind { TYPE, LANE, SEVERITY, TIME, OFFSET, DURATION, ID, CHAIN, RECORD }

    final Kind kind;
    final String name;
    private final FieldPath path;

    private FieldRef(Kind kind, String name, FieldPath path) {
        this.kind = kind;
        this.name = name;
        this.path = path;
    }

    /** @throws IllegalArgumentException for a malformed path such as {@code a[0} */
    static FieldRef of(String name) {
        Kind envelope = switch (name) {
            case "type" -> Kind.TYPE;
            case "lane" -> Kind.LANE;
            case "severity" -> Kind.SEVERITY;
            case "time" -> Kind.TIME;
            case "offset" -> Kind.OFFSET;
            case "duration" -> Kind.DURATION;
            case "id" -> Kind.ID;
            case "chain" -> Kind.CHAIN;
            default -> Kind.RECORD;
        };
        return new FieldRef(envelope, name, envelope == Kind.RECORD ? FieldPath.of(name) : null);
    }

    boolean isNumericEnvelope() {
        return kind == Kind.TIME || kind == Kind.OFFSET || kind == Kind.DURATION;
    }

    boolean test(Event e, ValueTest t) {
        return switch (kind) {
            case TYPE -> t.text(e.type());
            case LANE -> t.text(e.lane());
            case SEVERITY -> e.hasSeverity() ? t.severity(e.severity()) : t.missing();
            case TIME -> e.hasTime() ? t.number(e.time()) : t.missing();
            case OFFSET -> t.number(e.offset());
            case DURATION -> e.hasDuration() ? t.number(e.duration()) : t.missing();
            case ID -> e.id() != null ? t.text(e.id()) : t.missing();
            case CHAIN -> e.chain() != null ? t.text(e.chain()) : t.missing();
            case RECORD -> {
                JsonNode v = resolve(e);
                yield v != null ? t.node(v) : t.missing();
            }
        };
    }

    /** Present in the event; a record field holding JSON null exists. */
    boolean exists(Event e) {
        return switch (kind) {
            case TYPE -> !e.type().isEmpty();
            case LANE -> !e.lane().isEmpty();
            case SEVERITY -> e.hasSeverity();
            case TIME -> e.hasTime();
            case OFFSET -> e.offset() != Event.UNASSIGNED;
            case DURATION -> e.hasDuration();
            case ID -> e.id() != null;
            case CHAIN -> e.chain() != null;
            case RECORD -> resolve(e) != null;
        };
    }

    private JsonNode resolve(Event e) {
        JsonNode v = e.record() == null ? null : path.resolve(e.record());
        if (v == null && e.body() != e.record() && e.body() != null) v = path.resolve(e.body());
        return v;
    }

    @Override
    public String toString() {
        return name;
    }
}
