package dev.chronoscope.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

/**
 * A compact binary form of a JSON tree, for readers that hold records as bytes while they sort them
 * (OTLP, JFR) and rebuild the trees when they emit. It replaces writing JSON text and parsing it
 * again, which cost most of those readers' time, and gives back exactly the tree that text round
 * trip gave: integers come back as int, long or big-integer nodes by magnitude, floats as doubles,
 * NaN and infinities as the strings Jackson writes for them, and any other node kind (decimals,
 * binary, POJOs) goes through JSON text as before. Lone surrogates in strings, which Jackson
 * refuses to write, become '?'. Internal to the readers; public only for the jfr package.
 *
 * <p>Layout: a tag byte per value; integers as zig-zag varints, doubles as 8 bytes, strings and
 * field names as a varint byte length and UTF-8, arrays and objects as a varint count and their
 * members. An encoder reuses its buffer, so keep one per reader (not thread-safe).
 */
public final class JsonTreeCodec {
    private static final byte NULL = 0, FALSE = 1, TRUE = 2, INT = 3, LONG = 4, DOUBLE = 5, TEXT = 6, ARRAY = 7,
            OBJECT = 8, BIG_INTEGER = 9, JSON_TEXT = 10;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE), LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private byte[] buffer = new byte[512];
    private int length;

    /** The tree's bytes (a fresh array). */
    public byte[] encode(JsonNode node) {
        length = 0;
        write(node);
        return Arrays.copyOf(buffer, length);
    }

    /** The tree {@link #encode} was given, rebuilt. */
    public static JsonNode decode(byte[] bytes) throws IOException {
        return decode(bytes, 0, null);
    }

    /**
     * The tree whose bytes run from {@code from} to the end of the array, rebuilt; short strings
     * come from {@code texts} (a reader's own; null for none).
     */
    public static JsonNode decode(byte[] bytes, int from, Texts texts) throws IOException {
        Decoder d = new Decoder(bytes, texts);
        d.at = from;
        JsonNode node = d.value();
        if (d.at != bytes.length) throw new IOException("JSON tree bytes: " + (bytes.length - d.at) + " byte(s) left over");
        return node;
    }

    /**
     * Short strings that repeat across the trees one reader decodes (field names, and values such
     * as thread or service names), one immutable text node each, so decoding them makes no String.
     * A direct-mapped table keyed by the UTF-8 bytes: a clash replaces the entry. Longer strings,
     * which rarely repeat and cost more to compare than to decode, are decoded as usual. Not
     * thread-safe: one per reader.
     */
    public static final class Texts {
        private static final int SLOTS = 1 << 11;
        private static final int MAX_LENGTH = 24;
        private final byte[][] keys = new byte[SLOTS][];
        private final TextNode[] nodes = new TextNode[SLOTS];

        TextNode of(byte[] bytes, int at, int n) {
            if (n > MAX_LENGTH) return TextNode.valueOf(new String(bytes, at, n, StandardCharsets.UTF_8));
            int h = n;
            for (int i = at; i < at + n; i++) h = 31 * h + bytes[i];
            int slot = (h ^ (h >>> 11)) & (SLOTS - 1);
            byte[] key = keys[slot];
            if (key != null && key.length == n && Arrays.equals(key, 0, n, bytes, at, at + n)) return nodes[slot];
            TextNode node = TextNode.valueOf(new String(bytes, at, n, StandardCharsets.UTF_8));
            keys[slot] = Arrays.copyOfRange(bytes, at, at + n);
            nodes[slot] = node;
            return node;
        }
    }

    // A record written field by field, with no tree built for it: begin, objectStart(fields),
    // then name + a value per field, then finish. Gives the bytes encode gives the same tree.

    void begin() {
        length = 0;
    }

    void objectStart(int fields) {
        put(OBJECT);
        varint(fields);
    }

    void name(String name) {
        string(name);
    }

    void text(String s) {
        text(TEXT, s);
    }

    /** An integral number, as an int or long node holding it would be written. */
    void integral(long v) {
        put((int) v == v ? INT : LONG);
        varint((v << 1) ^ (v >> 63));
    }

    void node(JsonNode node) {
        write(node);
    }

    byte[] finish() {
        return Arrays.copyOf(buffer, length);
    }

    // Pieces for a tree written straight from parser tokens (OTLP's attribute lists): scalars from
    // a parser's own character buffer, and slices of what was written so far.

    /** A string value given as a range of characters, without a String made for it when it is short ASCII. */
    void text(char[] chars, int offset, int count) {
        put(TEXT);
        string(chars, offset, count);
    }

    /** A field name given as a range of characters. */
    void name(char[] chars, int offset, int count) {
        string(chars, offset, count);
    }

    void bool(boolean v) {
        put(v ? TRUE : FALSE);
    }

    void nullValue() {
        put(NULL);
    }

    /** A double as a double node holding it would be written. */
    void floating(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            text(TEXT, Double.toString(d));
            return;
        }
        put(DOUBLE);
        long bits = Double.doubleToRawLongBits(d);
        ensure(8);
        for (int i = 56; i >= 0; i -= 8) buffer[length++] = (byte) (bits >>> i);
    }

    /** Bytes written since {@link #begin()}. */
    int length() {
        return length;
    }

    /** True when bytes [a, a+n) and [b, b+n) written here are equal. */
    boolean sameBytes(int a, int b, int n) {
        return Arrays.equals(buffer, a, a + n, buffer, b, b + n);
    }

    /** Copies bytes [from, to) written by {@code other} to the end of this one. */
    void copy(JsonTreeCodec other, int from, int to) {
        int n = to - from;
        ensure(n);
        System.arraycopy(other.buffer, from, buffer, length, n);
        length += n;
    }

    private void write(JsonNode node) {
        switch (node.getNodeType()) {
            case NULL, MISSING -> put(NULL);
            case BOOLEAN -> put(node.booleanValue() ? TRUE : FALSE);
            case STRING -> text(TEXT, node.textValue());
            case ARRAY -> {
                put(ARRAY);
                varint(node.size());
                for (JsonNode element : node) write(element);
            }
            case OBJECT -> {
                put(OBJECT);
                varint(node.size());
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    string(f.getKey());
                    write(f.getValue());
                }
            }
            case NUMBER -> number(node);
            default -> jsonText(node);
        }
    }

    private void number(JsonNode node) {
        if (node.isBigInteger()) {
            BigInteger big = node.bigIntegerValue();
            if (big.compareTo(LONG_MIN) < 0 || big.compareTo(LONG_MAX) > 0) {
                text(BIG_INTEGER, big.toString());
                return;
            }
            integral(big.longValue());
        } else if (node.isIntegralNumber()) {
            integral(node.longValue());
        } else if (node.isDouble() || node.isFloat()) {
            // JSON text holds a float as its shortest decimal, which reads back as that double
            floating(node.isFloat() ? Double.parseDouble(Float.toString(node.floatValue())) : node.doubleValue());
        } else {
            jsonText(node);
        }
    }

    private void jsonText(JsonNode node) {
        try {
            text(JSON_TEXT, ChromeJsonStream.MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that does not serialise: " + e.getOriginalMessage(), e);
        }
    }

    private void text(byte tag, String s) {
        put(tag);
        string(s);
    }

    private void string(String s) {
        int n = s.length();
        if (n < 128) { // the usual short ASCII string goes straight into the buffer, no byte array made
            ensure(1 + n);
            int start = length++;
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c >= 0x80) break;
                buffer[start + 1 + i++] = (byte) c;
            }
            if (i == n) {
                buffer[start] = (byte) n;
                length = start + 1 + n;
                return;
            }
            length = start;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        varint(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, buffer, length, utf8.length);
        length += utf8.length;
    }

    private void string(char[] chars, int offset, int n) {
        if (n < 128) {
            ensure(1 + n);
            int start = length;
            int i = 0;
            while (i < n) {
                char c = chars[offset + i];
                if (c >= 0x80) break;
                buffer[start + 1 + i++] = (byte) c;
            }
            if (i == n) {
                buffer[start] = (byte) n;
                length = start + 1 + n;
                return;
            }
        }
        string(new String(chars, offset, n));
    }

    private void put(byte b) {
        ensure(1);
        buffer[length++] = b;
    }

    private void varint(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buffer[length++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buffer[length++] = (byte) v;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }

    /** Values written one after another into one array, read back in turn. */
    static final class Decoder {
        private final byte[] bytes;
        private final Texts texts;
        private int at;

        Decoder(byte[] bytes) {
            this(bytes, null);
        }

        Decoder(byte[] bytes, Texts texts) {
            this.bytes = bytes;
            this.texts = texts;
        }

        boolean atEnd() {
            return at == bytes.length;
        }

        JsonNode value() throws IOException {
            if (at >= bytes.length) throw new IOException("JSON tree bytes end early at byte " + at);
            byte tag = bytes[at++];
            return switch (tag) {
                case NULL -> NODES.nullNode();
                case FALSE -> NODES.booleanNode(false);
                case TRUE -> NODES.booleanNode(true);
                case INT -> NODES.numberNode((int) zigzag());
                case LONG -> NODES.numberNode(zigzag());
                case DOUBLE -> NODES.numberNode(Double.longBitsToDouble(fixed64()));
                case TEXT -> text();
                case BIG_INTEGER -> NODES.numberNode(new BigInteger(string()));
                case ARRAY -> array();
                case OBJECT -> object();
                case JSON_TEXT -> ChromeJsonStream.MAPPER.readTree(string());
                default -> throw new IOException("JSON tree bytes: unknown tag " + tag + " at byte " + (at - 1));
            };
        }

        private ArrayNode array() throws IOException {
            int n = (int) varint();
            ArrayNode array = NODES.arrayNode(n);
            for (int i = 0; i < n; i++) array.add(value());
            return array;
        }

        private ObjectNode object() throws IOException {
            int n = (int) varint();
            // Sized for its members and two more (a reader may add a field or two), so the map never
            // grows (growing took a tenth of the OTLP reader's time); a damaged count allocates no more
            // than a small object's room.
            ObjectNode object = new ObjectNode(NODES, new FieldMap<>(Math.min(n, 1024) + 2));
            for (int i = 0; i < n; i++) {
                String key = texts == null ? string() : text().textValue();
                object.set(key, value());
            }
            return object;
        }

        private TextNode text() throws IOException {
            if (texts == null) return NODES.textNode(string());
            int n = (int) varint();
            if (n < 0 || at + n > bytes.length) throw new IOException("JSON tree bytes: a string runs past the end at byte " + at);
            TextNode node = texts.of(bytes, at, n);
            at += n;
            return node;
        }

        private String string() throws IOException {
            int n = (int) varint();
            if (n < 0 || at + n > bytes.length) throw new IOException("JSON tree bytes: a string runs past the end at byte " + at);
            String s = new String(bytes, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }

        private long zigzag() throws IOException {
            long v = varint();
            return (v >>> 1) ^ -(v & 1);
        }

        private long varint() throws IOException {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (at >= bytes.length) throw new IOException("JSON tree bytes end inside a number at byte " + at);
                byte b = bytes[at++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) return v;
            }
            throw new IOException("JSON tree bytes: a number longer than 10 bytes at byte " + at);
        }

        private long fixed64() throws IOException {
            if (at + 8 > bytes.length) throw new IOException("JSON tree bytes end inside a double at byte " + at);
            long v = 0;
            for (int i = 0; i < 8; i++) v = (v << 8) | (bytes[at++] & 0xFF);
            return v;
        }
    }
}
