package dev.chronoscope.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ShortNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.chronoscope.codec.ByteSink;
import dev.chronoscope.codec.ByteSource;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A compact binary form of Jackson trees. Every node type keeps its class (an IntNode comes back
 * as an IntNode, a DecimalNode with its scale), so a decoded record equals the one written.
 * Object field names go through the block's {@link KeyTable}. Nodes Jackson cannot put in a
 * parsed tree (POJO nodes) are stored as their text.
 */
final class JsonCodec {
    static final int NULL = 0, TRUE = 1, FALSE = 2, INT = 3, LONG = 4, DOUBLE = 5, FLOAT = 6, BIGINT = 7,
            DECIMAL = 8, TEXT = 9, OBJECT = 10, ARRAY = 11, BINARY = 12, SHORT = 13;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonCodec() {}

    /**
     * Writes trees into one sink with one key table. A block writer keeps one and reuses it for
     * every record: the walk visits object fields through the map's own forEach, so it allocates
     * no iterator per object, and the usual leaves (text, small numbers) are tested for first.
     */
    static final class Encoder implements Consumer<Map.Entry<String, JsonNode>> {
        private final ByteSink out;
        private final KeyTable keys;
        /** Object nesting of the field being written: 1 for the fields of the tree's root. */
        private int depth;
        private JsonNode watched;
        private int rootField;
        private int watchedAt;

        Encoder(ByteSink out, KeyTable keys) {
            this.out = out;
            this.keys = keys;
        }

        void write(JsonNode node) {
            if (node instanceof TextNode) {
                out.writeByte(TEXT);
                out.writeString(node.textValue());
            } else if (node instanceof IntNode) {
                out.writeByte(INT);
                out.writeZigZag(node.intValue());
            } else if (node instanceof LongNode) {
                out.writeByte(LONG);
                out.writeZigZag(node.longValue());
            } else if (node instanceof ObjectNode o) {
                writeObject(o);
            } else {
                writeOther(node);
            }
        }

        void writeObject(ObjectNode o) {
            out.writeByte(OBJECT);
            out.writeVarInt(o.size());
            depth++;
            o.properties().forEach(this);
            depth--;
        }

        /**
         * Writes a record and returns the position among its fields of the first value that is
         * the given node itself, or -1: an event's body is usually such a field, and finding it
         * on the way costs no second walk.
         */
        int writeRecord(ObjectNode record, JsonNode field) {
            watched = field;
            watchedAt = -1;
            rootField = 0;
            writeObject(record);
            watched = null;
            return watchedAt;
        }

        /** One field of the object being written. */
        @Override
        public void accept(Map.Entry<String, JsonNode> field) {
            out.writeVarInt(keys.id(field.getKey()));
            JsonNode value = field.getValue();
            if (depth == 1 && watched != null) {
                if (value == watched && watchedAt < 0) watchedAt = rootField;
                rootField++;
            }
            write(value);
        }

        private void writeOther(JsonNode node) {
            switch (node.getNodeType()) {
                case ARRAY -> {
                    out.writeByte(ARRAY);
                    int n = node.size();
                    out.writeVarInt(n);
                    for (int i = 0; i < n; i++) write(node.get(i));
                }
                case NUMBER -> writeNumber(node, out);
                case BOOLEAN -> out.writeByte(node.booleanValue() ? TRUE : FALSE);
                case BINARY -> {
                    out.writeByte(BINARY);
                    out.writeBytes(((BinaryNode) node).binaryValue());
                }
                case NULL, MISSING -> out.writeByte(NULL);
                case STRING -> {
                    out.writeByte(TEXT);
                    out.writeString(node.textValue());
                }
                case POJO -> {
                    out.writeByte(TEXT);
                    out.writeString(node.asText());
                }
                case OBJECT -> {
                    out.writeByte(OBJECT);
                    out.writeVarInt(node.size());
                    depth++;
                    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) accept(it.next());
                    depth--;
                }
            }
        }
    }

    private static void writeNumber(JsonNode node, ByteSink out) {
        if (node instanceof IntNode) {
            out.writeByte(INT);
            out.writeZigZag(node.intValue());
        } else if (node instanceof LongNode) {
            out.writeByte(LONG);
            out.writeZigZag(node.longValue());
        } else if (node instanceof DoubleNode) {
            out.writeByte(DOUBLE);
            out.writeLong(Double.doubleToRawLongBits(node.doubleValue()));
        } else if (node instanceof FloatNode) {
            out.writeByte(FLOAT);
            out.writeInt(Float.floatToRawIntBits(node.floatValue()));
        } else if (node instanceof ShortNode) {
            out.writeByte(SHORT);
            out.writeZigZag(node.shortValue());
        } else if (node instanceof BigIntegerNode) {
            out.writeByte(BIGINT);
            out.writeBytes(node.bigIntegerValue().toByteArray());
        } else {
            BigDecimal d = node.decimalValue();
            out.writeByte(DECIMAL);
            out.writeZigZag(d.scale());
            out.writeBytes(d.unscaledValue().toByteArray());
        }
    }

    static JsonNode read(ByteSource in, String[] keys) {
        int tag = in.readByte();
        switch (tag) {
            case NULL: return NullNode.getInstance();
            case TRUE: return BooleanNode.TRUE;
            case FALSE: return BooleanNode.FALSE;
            case INT: return IntNode.valueOf((int) in.readZigZag());
            case LONG: return LongNode.valueOf(in.readZigZag());
            case DOUBLE: return DoubleNode.valueOf(Double.longBitsToDouble(in.readLong()));
            case FLOAT: return FloatNode.valueOf(Float.intBitsToFloat(in.readInt()));
            case SHORT: return ShortNode.valueOf((short) in.readZigZag());
            case BIGINT: return BigIntegerNode.valueOf(new BigInteger(in.readBytes()));
            case DECIMAL: {
                int scale = (int) in.readZigZag();
                return DecimalNode.valueOf(new BigDecimal(new BigInteger(in.readBytes()), scale));
            }
            case TEXT: return TextNode.valueOf(in.readString());
            case BINARY: return BinaryNode.valueOf(in.readBytes());
            case OBJECT: return readObjectBody(in, keys);
            case ARRAY: {
                int n = in.readVarInt();
                ArrayNode a = NODES.arrayNode(Math.min(n, 1024));
                for (int i = 0; i < n; i++) a.add(read(in, keys));
                return a;
            }
            default: throw new CorruptStoreException("unknown JSON tag " + tag + " at byte " + (in.position() - 1));
        }
    }

    /** Reads an object whose tag the caller expects (the record of an event). */
    static ObjectNode readObject(ByteSource in, String[] keys) {
        int tag = in.readByte();
        if (tag != OBJECT) throw new CorruptStoreException("expected an object at byte " + (in.position() - 1));
        return readObjectBody(in, keys);
    }

    private static ObjectNode readObjectBody(ByteSource in, String[] keys) {
        int n = in.readVarInt();
        ObjectNode o = NODES.objectNode();
        for (int i = 0; i < n; i++) {
            int k = in.readVarInt();
            if (k >= keys.length) throw new CorruptStoreException("unknown field name #" + k);
            o.set(keys[k], read(in, keys));
        }
        return o;
    }
}
