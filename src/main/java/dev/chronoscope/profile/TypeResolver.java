package dev.chronoscope.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.FieldPath;
import java.util.Iterator;
import java.util.Map;

/**
 * Finds a record's event type, and its body, the way a {@link Mapping} says: the mapped path when
 * there is one, else the common type names, else the tag of an externally tagged record
 * ({@code {"ProcessCreated": {...}}}, also one level down under {@code payload}), whose inner
 * object is then the body. Shared by detection (which tries each candidate's mapping) and the
 * ingest mapper, so both see the same types.
 */
public final class TypeResolver {

    /** A record's type (null when none is found) and the object its fields are read from. */
    public record Typed(String type, ObjectNode body) {}

    private final FieldPath mapped;

    public TypeResolver(Mapping mapping) {
        this.mapped = mapping.type() == null ? null : FieldPath.of(mapping.type());
    }

    public Typed resolve(ObjectNode record) {
        if (mapped != null) {
            return new Typed(text(mapped.resolve(record)), record);
        }
        String named = namedType(record);
        if (named != null) return new Typed(named, record);
        Typed tagged = tagged(record);
        // A record holding only a payload is tagged one level down, if at all: {"payload":{"X":{...}}} is an X.
        boolean onlyPayload = tagged != null && CommonNames.PAYLOAD.equals(tagged.type());
        if (tagged != null && !onlyPayload) return tagged;
        JsonNode payload = record.get(CommonNames.PAYLOAD);
        if (payload instanceof ObjectNode inner) {
            Typed taggedInside = tagged(inner);
            if (taggedInside != null) return taggedInside;
            named = namedType(inner);
            if (named != null) return new Typed(named, record);
        }
        return onlyPayload ? tagged : new Typed(null, record);
    }

    /** Just the type; see {@link #resolve}. */
    public String type(ObjectNode record) {
        return resolve(record).type();
    }

    private static String namedType(ObjectNode record) {
        for (String name : CommonNames.TYPE) {
            JsonNode v = record.get(name);
            if (v == null) continue;
            if (v.isTextual() && !v.textValue().isEmpty()) return v.textValue();
            if (v.isNumber()) return v.asText(); // numeric type codes ({"type":5}) are types too
        }
        return null;
    }

    private static Typed tagged(ObjectNode record) {
        if (record.size() != 1) return null;
        Iterator<Map.Entry<String, JsonNode>> it = record.fields();
        Map.Entry<String, JsonNode> only = it.next();
        if (only.getValue() instanceof ObjectNode body) return new Typed(only.getKey(), body);
        return null;
    }

    private static String text(JsonNode v) {
        if (v == null || v.isNull() || v.isContainerNode()) return null;
        return v.isTextual() ? v.textValue() : v.asText();
    }
}
