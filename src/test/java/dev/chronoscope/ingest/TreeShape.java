package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * A tree written out with every node's class and every object's key order, which
 * {@link JsonNode#equals} ignores (an IntNode and a LongNode of 1 differ here, and so do
 * {"a":1,"b":2} and {"b":2,"a":1}).
 */
final class TreeShape {
    private TreeShape() {}

    static String of(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node instanceof ObjectNode object) {
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> it = object.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.append('"').append(e.getKey()).append("\":");
                write(e.getValue(), out);
                if (it.hasNext()) out.append(',');
            }
            out.append('}');
        } else if (node instanceof ArrayNode array) {
            out.append('[');
            for (int i = 0; i < array.size(); i++) {
                if (i > 0) out.append(',');
                write(array.get(i), out);
            }
            out.append(']');
        } else {
            out.append(node.getClass().getSimpleName()).append('(').append(node).append(')');
        }
    }
}
