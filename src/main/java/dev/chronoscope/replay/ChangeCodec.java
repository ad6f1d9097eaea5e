package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.chronoscope.codec.ByteSink;
import dev.chronoscope.codec.ByteSource;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The compact binary form of change sets (one per event, in the "replay.changes" column) and of
 * checkpoints (whole leaf maps, in the "replay.checkpoints" blobs).
 *
 * <pre>
 * change set  = count:varint { path before:value after:value }
 * checkpoint  = count:varint { path value }          (paths ascending)
 * path        = shared:varint suffix:string          (chars shared with the previous path)
 * value       = tag:byte payload                     0 absent, 1 null, 2 true, 3 false,
 *               4 integer:zigzag, 5 big integer:bytes, 6 double:8 bytes, 7 string,
 *               8 array:count {value}, 9 object:count {key:string value}
 * string      = length:varint utf-8
 * </pre>
 *
 * Decoded numbers are in the canonical form of {@link Values}, so decoding what was encoded gives
 * equal nodes.
 */
final class ChangeCodec {
    static final byte[] EMPTY = new byte[0];

    private static final int ABSENT = 0, NULL = 1, TRUE = 2, FALSE = 3, INTEGER = 4, BIG = 5,
            DOUBLE = 6, STRING = 7, ARRAY = 8, OBJECT = 9;

    private ChangeCodec() {}

    static byte[] encodeChanges(List<Change> changes, ByteSink sink) {
        if (changes.isEmpty()) return EMPTY;
        sink.resetAndShrink();
        sink.writeVarLong(changes.size());
        String previous = "";
        for (Change c : changes) {
            writePath(sink, previous, c.path());
            writeValue(sink, c.before());
            writeValue(sink, c.after());
            previous = c.path();
        }
        return sink.toByteArray();
    }

    static List<Change> decodeChanges(byte[] bytes) {
        if (bytes == null || bytes.length == 0) return List.of();
        ByteSource in = new ByteSource(bytes, "replay data");
        int n = in.readLength();
        List<Change> out = new ArrayList<>(n);
        String previous = "";
        for (int i = 0; i < n; i++) {
            String path = readPath(in, previous);
            out.add(new Change(path, readValue(in), readValue(in)));
            previous = path;
        }
        return out;
    }

    static byte[] encodeCheckpoint(SortedMap<String, JsonNode> leaves, ByteSink sink) {
        return encodeCheckpoint(leaves.entrySet(), sink);
    }

    /** @param leaves path → value entries in ascending path order */
    static byte[] encodeCheckpoint(Collection<? extends Map.Entry<String, JsonNode>> leaves, ByteSink sink) {
        sink.resetAndShrink();
        sink.writeVarLong(leaves.size());
        String previous = "";
        for (Map.Entry<String, JsonNode> e : leaves) {
            writePath(sink, previous, e.getKey());
            writeValue(sink, e.getValue());
            previous = e.getKey();
        }
        return sink.toByteArray();
    }

    static TreeMap<String, JsonNode> decodeCheckpoint(byte[] bytes) {
        return decodeCheckpointRun(bytes).toTreeMap();
    }

    static SortedRun decodeCheckpointRun(byte[] bytes) {
        ByteSource in = new ByteSource(bytes, "replay data");
        int n = in.readLength();
        String[] paths = new String[n];
        JsonNode[] values = new JsonNode[n];
        String previous = "";
        for (int i = 0; i < n; i++) {
            String path = readPath(in, previous);
            if (i > 0 && path.compareTo(previous) <= 0) throw in.corrupt("checkpoint paths out of order at " + path);
            paths[i] = path;
            values[i] = readValue(in);
            previous = path;
        }
        return new SortedRun(paths, values, n);
    }

    private static void writePath(ByteSink sink, String previous, String path) {
        int max = Math.min(previous.length(), path.length());
        int shared = 0;
        while (shared < max && previous.charAt(shared) == path.charAt(shared)) shared++;
        if (shared > 0 && Character.isHighSurrogate(path.charAt(shared - 1))) shared--; // keep pairs whole
        sink.writeVarLong(shared);
        sink.writeUtf8(path, shared);
    }

    private static String readPath(ByteSource in, String previous) {
        long shared = in.readVarLong();
        if (shared < 0 || shared > previous.length()) throw in.corrupt("shared path length " + shared);
        String suffix = in.readUtf8();
        return shared == 0 ? suffix : previous.substring(0, (int) shared).concat(suffix);
    }

    static void writeValue(ByteSink sink, JsonNode v) {
        if (v == null || v.isMissingNode()) {
            sink.writeByte(ABSENT);
        } else if (v.isTextual()) {
            sink.writeByte(STRING);
            sink.writeUtf8(v.textValue());
        } else if (v.isNumber()) {
            if (v.isIntegralNumber() && v.canConvertToLong()) {
                sink.writeByte(INTEGER);
                sink.writeZigZag(v.longValue());
            } else if (v.isIntegralNumber()) {
                byte[] big = v.bigIntegerValue().toByteArray();
                sink.writeByte(BIG);
                sink.writeVarLong(big.length);
                sink.writeRaw(big);
            } else {
                sink.writeByte(DOUBLE);
                sink.writeLong(Double.doubleToRawLongBits(v.doubleValue()));
            }
        } else if (v.isBoolean()) {
            sink.writeByte(v.booleanValue() ? TRUE : FALSE);
        } else if (v.isNull()) {
            sink.writeByte(NULL);
        } else if (v.isArray()) {
            sink.writeByte(ARRAY);
            sink.writeVarLong(v.size());
            for (JsonNode e : v) writeValue(sink, e);
        } else if (v.isObject()) {
            sink.writeByte(OBJECT);
            sink.writeVarLong(v.size());
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                sink.writeUtf8(e.getKey());
                writeValue(sink, e.getValue());
            }
        } else {
            sink.writeByte(STRING);
            sink.writeUtf8(v.asText());
        }
    }

    static JsonNode readValue(ByteSource in) {
        int tag = in.readByte();
        switch (tag) {
            case ABSENT: return null;
            case NULL: return NullNode.getInstance();
            case TRUE: return BooleanNode.TRUE;
            case FALSE: return BooleanNode.FALSE;
            case INTEGER: return Values.ofLong(in.readZigZag());
            case BIG: return BigIntegerNode.valueOf(new BigInteger(in.readRaw(in.readLength())));
            case DOUBLE: return DoubleNode.valueOf(Double.longBitsToDouble(in.readLong()));
            case STRING: return TextNode.valueOf(in.readUtf8());
            case ARRAY: {
                int n = in.readLength();
                ArrayNode a = JsonNodeFactory.instance.arrayNode(n);
                for (int i = 0; i < n; i++) a.add(orNull(readValue(in)));
                return a;
            }
            case OBJECT: {
                int n = in.readLength();
                ObjectNode o = JsonNodeFactory.instance.objectNode();
                for (int i = 0; i < n; i++) {
                    String key = in.readUtf8();
                    o.set(key, orNull(readValue(in)));
                }
                return o;
            }
            default: throw in.corrupt("unknown value tag " + tag);
        }
    }

    private static JsonNode orNull(JsonNode v) {
        return v == null ? NullNode.getInstance() : v;
    }
}
