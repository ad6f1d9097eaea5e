package dev.chronoscope.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.Link;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** JSON output shared by the commands: one mapper, shapes from cli.md. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    static JsonNode orNull(JsonNode value) {
        return value == null ? NullNode.getInstance() : value;
    }

    /** A time in ns, or null when there is none: the NO_TIME sentinel is not a time to print. */
    static void putTime(ObjectNode o, String field, long ns) {
        if (ns == Event.NO_TIME) o.putNull(field);
        else o.put(field, ns);
    }

    static void print(PrintWriter out, JsonNode node) {
        try {
            out.println(MAPPER.writeValueAsString(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    static String compact(JsonNode node) {
        if (node == null) return "(absent)";
        return node.isTextual() ? node.textValue() : node.toString();
    }

    /** The event shape of {@code events --json}. */
    static ObjectNode event(Event e) {
        ObjectNode o = object();
        o.put("offset", e.offset());
        putTime(o, "time", e.time());
        o.put("type", e.type());
        o.put("lane", e.lane());
        if (e.hasSeverity()) o.put("severity", e.severity().name()); else o.putNull("severity");
        if (e.id() != null) o.put("id", e.id()); else o.putNull("id");
        if (e.hasDuration()) o.put("duration", e.duration());
        if (e.chain() != null) o.put("chain", e.chain());
        if (!e.links().isEmpty()) {
            ArrayNode links = o.putArray("links");
            for (Link l : e.links()) links.addObject().put("kind", l.kind()).put("ref", l.ref());
        }
        o.set("record", e.record());
        return o;
    }
}
