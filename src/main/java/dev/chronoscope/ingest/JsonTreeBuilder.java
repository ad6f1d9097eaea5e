package dev.chronoscope.ingest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Builds the tree of one JSON object straight from a parser's tokens, giving exactly the nodes
 * {@link Jsons#TREE_READER} gives (ints, longs and big integers by magnitude, doubles for floats,
 * NaN and infinities as doubles, the shared true/false/null nodes; see {@link TreeAssembly} for
 * key order) without the deserialization context and container stack that reader makes per
 * record. A value of a kind JSON parsers do not report (big-decimal or 32-bit floats, embedded
 * objects) is left to the parser's codec, which is Jackson's own tree reading. Not thread-safe:
 * its container stack is reused from record to record, so keep one per reader.
 */
final class JsonTreeBuilder {
    private final TreeAssembly tree = new TreeAssembly();

    /**
     * The object whose START_OBJECT the parser is on, read through its END_OBJECT. Syntax errors
     * are the parser's and come out as its exceptions.
     */
    ObjectNode readObject(JsonParser parser) throws IOException {
        tree.begin();
        tree.open(true, null);
        try {
            return (ObjectNode) readContainers(parser);
        } finally {
            tree.end();
        }
    }

    private JsonNode readContainers(JsonParser parser) throws IOException {
        while (true) {
            String name = null;
            JsonToken token;
            if (tree.inObject()) {
                name = parser.nextFieldName();
                token = name == null ? parser.currentToken() : parser.nextToken();
            } else {
                token = parser.nextToken();
            }
            if (token == null) throw new JsonParseException(parser, "Unexpected end-of-input inside an object");
            switch (token) {
                case START_OBJECT -> tree.open(true, name);
                case START_ARRAY -> tree.open(false, name);
                case END_OBJECT, END_ARRAY -> {
                    JsonNode root = tree.close();
                    if (root != null) return root;
                }
                default -> tree.add(name, scalar(parser, token));
            }
        }
    }

    private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> TreeAssembly.NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> TreeAssembly.NODES.numberNode(parser.getIntValue());
                case LONG -> TreeAssembly.NODES.numberNode(parser.getLongValue());
                default -> TreeAssembly.NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> switch (parser.getNumberTypeFP()) {
                case BIG_DECIMAL, FLOAT32 -> parser.readValueAsTree();
                default -> TreeAssembly.NODES.numberNode(parser.getDoubleValue());
            };
            case VALUE_TRUE -> TreeAssembly.NODES.booleanNode(true);
            case VALUE_FALSE -> TreeAssembly.NODES.booleanNode(false);
            case VALUE_NULL -> TreeAssembly.NODES.nullNode();
            default -> parser.readValueAsTree();
        };
    }
}
