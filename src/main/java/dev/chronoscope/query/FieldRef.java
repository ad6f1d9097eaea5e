package dev.chronoscope.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.FieldPath;

/**
 * The left-hand side of a condition: an envelope field, or a dotted path into the record (looked up
 * as written, then inside an externally tagged body, like {@link Event#field}). {@code $.type}
 * forces a record field even when the name is an envelope field. When the dots of a plain dotted
 * name find nothing as nesting, they may also belong to keys, as OpenTelemetry writes attributes
 * ({@code attributes.http.method} finds {@code {"attributes": {"http.method": "GET"}}}); a key
 * with other odd characters is written in brackets: {@code $["odd key"]}.
 */
final class FieldRef {
    enum Kind { TYPE, LANE, SEVERITY, TIME, OFFSET, DURATION, ID, CHAIN, RECORD }

    final Kind kind;
    final String name;
    private final FieldPath path;
    /** The parts of a plain dotted name of two or more parts, else null. */
    private final String[] dottedParts;

    private FieldRef(Kind kind, String name, FieldPath path) {
        this.kind = kind;
        this.name = name;
        this.path = path;
        this.dottedParts = path == null ? null : dottedParts(name);
    }

    private static String[] dottedParts(String name) {
        String plain = name.startsWith("$.") ? name.substring(2) : name;
        if (plain.indexOf('.') < 0 || plain.indexOf('[') >= 0 || plain.startsWith("$")) return null;
        String[] parts = plain.split("\\.", -1);
        for (String part : parts) if (part.isEmpty()) return null;
        return parts;
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
        if (v == null && dottedParts != null) {
            if (e.record() != null) v = keysWithDots(e.record(), 0);
            if (v == null && e.body() != e.record() && e.body() != null) v = keysWithDots(e.body(), 0);
        }
        return v;
    }

    /** The value under parts[from..], where each key may join several parts with their dots. */
    private JsonNode keysWithDots(JsonNode node, int from) {
        if (from == dottedParts.length) return node;
        if (!node.isObject()) return null;
        StringBuilder key = new StringBuilder();
        for (int i = from; i < dottedParts.length; i++) {
            if (i > from) key.append('.');
            key.append(dottedParts[i]);
            JsonNode child = node.get(key.toString());
            JsonNode found = child == null ? null : keysWithDots(child, i + 1);
            if (found != null) return found;
        }
        return null;
    }

    @Override
    public String toString() {
        return name;
    }
}
