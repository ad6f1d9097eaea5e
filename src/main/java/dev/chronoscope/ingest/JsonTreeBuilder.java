package dev.chronoscope.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;

/**
 * Builds the tree of one JSON object straight from a parser's tokens, giving exactly the nodes
 * {@link Jsons#TREE_READER} gives (ints, longs and big integers by magnitude, doubles for floats,
 * NaN and infinities as doubles, the shared true/false/null nodes, key order as written, a repeated
 * key keeping its first place and its last value) without the deserialization context and
 * container stack that reader builds for every call. Members are gathered first, so that each map
 * and list is made at its final size: a record's one-key wrapper gets a two-slot table, not sixteen.
 *
 * <p>A value it cannot reproduce exactly (a parser that reports big-decimal or 32-bit floats,
 * which a JSON parser configured like {@link Jsons#MAPPER} never does) makes {@link #readObject}
 * return null, and the caller reads that record the ordinary way. Not thread-safe: its scratch
 * arrays are reused from record to record, so keep one per reader.
 */
final class JsonTreeBuilder {
    private static final JsonNodeFactory NODES = Jsons.TREE_READER.getConfig().getNodeFactory();

    // Members of the containers being read, innermost last; names are null for array items.
    private String[] names = new String[64];
    private JsonNode[] values = new JsonNode[64];
    private int top;
    private int used; // the most members held at once in this call, all cleared at its end
    // Open containers, innermost last: where their members start, and the name each will get in its parent.
    private int[] bases = new int[16];
    private boolean[] objects = new boolean[16];
    private String[] namesInParent = new String[16];
    private int depth;

    /**
     * The object whose START_OBJECT the parser is on, read through its END_OBJECT; null when it
     * holds a value this builder does not reproduce (the parser is then somewhere inside it).
     * Syntax errors are the parser's and come out as its exceptions.
     */
    ObjectNode readObject(JsonParser parser) throws IOException {
        top = 0;
        used = 0;
        depth = 0;
        open(true, null);
        try {
            return (ObjectNode) readContainers(parser);
        } finally {
            Arrays.fill(values, 0, used, null); // the scratch arrays must not keep records alive
            Arrays.fill(namesInParent, 0, depth, null);
        }
    }

    private JsonNode readContainers(JsonParser parser) throws IOException {
        while (true) {
            String name = null;
            JsonToken token;
            if (objects[depth - 1]) {
                name = parser.nextFieldName();
                token = name == null ? parser.currentToken() : parser.nextToken();
            } else {
                token = parser.nextToken();
            }
            if (token == null) return null; // a parser reports the end of input inside a value itself
            JsonNode value;
            switch (token) {
                case START_OBJECT:
                    open(true, name);
                    continue;
                case START_ARRAY:
                    open(false, name);
                    continue;
                case END_OBJECT:
                case END_ARRAY:
                    value = close();
                    if (depth == 0) return value;
                    name = namesInParent[depth];
                    namesInParent[depth] = null;
                    break;
                default:
                    value = scalar(parser, token);
                    if (value == null) return null;
            }
            add(name, value);
        }
    }

    private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> switch (parser.getNumberTypeFP()) {
                case BIG_DECIMAL, FLOAT32 -> null;
                default -> NODES.numberNode(parser.getDoubleValue());
            };
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> null;
        };
    }

    private void open(boolean object, String nameInParent) {
        if (depth == bases.length) {
            bases = Arrays.copyOf(bases, depth * 2);
            objects = Arrays.copyOf(objects, depth * 2);
            namesInParent = Arrays.copyOf(namesInParent, depth * 2);
        }
        bases[depth] = top;
        objects[depth] = object;
        namesInParent[depth] = nameInParent;
        depth++;
    }

    /** The innermost container, made from its members, which are dropped from the scratch arrays. */
    private JsonNode close() {
        depth--;
        int base = bases[depth];
        int count = top - base;
        JsonNode node;
        if (objects[depth]) {
            LinkedHashMap<String, JsonNode> members = new LinkedHashMap<>(capacityFor(count));
            for (int i = base; i < top; i++) members.put(names[i], values[i]);
            node = new ObjectNode(NODES, members);
        } else {
            ArrayList<JsonNode> items = new ArrayList<>(count);
            for (int i = base; i < top; i++) items.add(values[i]);
            node = new ArrayNode(NODES, items);
        }
        top = base;
        return node;
    }

    private void add(String name, JsonNode value) {
        if (top == values.length) {
            names = Arrays.copyOf(names, top * 2);
            values = Arrays.copyOf(values, top * 2);
        }
        names[top] = name;
        values[top] = value;
        if (++top > used) used = top;
    }

    /** The smallest initial capacity at which a hash map holds {@code entries} without resizing. */
    private static int capacityFor(int entries) {
        return (entries * 4 + 2) / 3;
    }
}
