package dev.chronoscope.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteConstraints;
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
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON output shared by the commands: one mapper, shapes from cli.md. Documents are written by a
 * loop over an explicit stack, not by Jackson's recursive tree serializer: a state whose paths are
 * thousands of segments deep (a profile may write one, a log record nests up to 1,000 levels)
 * would overflow the thread's stack there, and Jackson's own writer stops at 1,000 levels.
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .build())
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
        out.println(text(node));
        out.flush();
    }

    /** The node as one line of JSON. */
    static String text(JsonNode node) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(text)) {
            write(g, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** One open object or array: its remaining members. */
    private record Open(boolean object, Iterator<?> members) {}

    static void write(JsonGenerator g, JsonNode root) throws IOException {
        Deque<Open> open = new ArrayDeque<>();
        if (!start(g, root, open)) MAPPER.writeTree(g, root);
        while (!open.isEmpty()) {
            Open top = open.peek();
            if (!top.members().hasNext()) {
                open.pop();
                if (top.object()) g.writeEndObject();
                else g.writeEndArray();
                continue;
            }
            JsonNode value;
            if (top.object()) {
                Map.Entry<?, ?> member = (Map.Entry<?, ?>) top.members().next();
                g.writeFieldName((String) member.getKey());
                value = (JsonNode) member.getValue();
            } else {
                value = (JsonNode) top.members().next();
            }
            if (!start(g, value, open)) MAPPER.writeTree(g, value);
        }
    }

    /** Opens value when it is an object or array; false for a scalar, which the caller writes. */
    private static boolean start(JsonGenerator g, JsonNode value, Deque<Open> open) throws IOException {
        if (value.isObject()) {
            g.writeStartObject();
            open.push(new Open(true, value.fields()));
            return true;
        }
        if (value.isArray()) {
            g.writeStartArray();
            open.push(new Open(false, value.elements()));
            return true;
        }
        return false;
    }

    static String compact(JsonNode node) {
        if (node == null) return "(absent)";
        return node.isTextual() ? ControlEscapingWriter.oneLine(node.textValue()) : node.toString();
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
