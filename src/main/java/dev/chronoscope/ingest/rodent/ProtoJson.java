package dev.chronoscope.ingest.rodent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.UnknownFieldSet;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Protobuf message → JSON record, by descriptor. Field names as in the schema. Proto3 scalars have
 * no presence, so a zero is indistinguishable from "not set": numbers and booleans are always
 * written (a pool's {@code used_bytes} of 0 is a value that rules need), while empty strings, enums
 * at their UNSPECIFIED zero and empty lists or maps are left out; enum values by name with the
 * enum's common prefix removed ({@code STORAGE_POOL_OPERATION_CREATED} → {@code CREATED},
 * {@code EVENT_LEVEL_WARN} → {@code WARN}; a value newer than the schema by its number); maps as
 * objects. Fields the schema does not know are decoded generically and keyed by their field
 * number: varints and fixed values as numbers,
 * length-delimited values as text when they read as text, else as a nested message, else as
 * {@code "base64:..."}.
 */
final class ProtoJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<EnumValueDescriptor, String> ENUM_NAMES = new ConcurrentHashMap<>();

    private ProtoJson() {}

    static ObjectNode toJson(Message message) {
        ObjectNode out = NODES.objectNode();
        fill(out, message);
        return out;
    }

    /**
     * A oneof's members are not asked one by one whether they are set (each ask is a reflective
     * call, and a payload oneof has dozens of members): the oneof says which one is.
     */
    static void fill(ObjectNode out, Message message) {
        OneofDescriptor oneof = null;
        FieldDescriptor setInOneof = null;
        for (FieldDescriptor field : message.getDescriptorForType().getFields()) {
            if (field.isRepeated()) {
                if (message.getRepeatedFieldCount(field) == 0) continue;
                out.set(field.getName(), field.isMapField() ? map(message, field) : list(message, field));
                continue;
            }
            OneofDescriptor containing = field.getRealContainingOneof();
            boolean set;
            if (containing != null) {
                if (containing != oneof) {
                    oneof = containing;
                    setInOneof = message.getOneofFieldDescriptor(containing);
                }
                set = field == setInOneof;
            } else {
                set = message.hasField(field) || implicitNumberOrBoolean(field);
            }
            if (set) out.set(field.getName(), value(field, message.getField(field)));
        }
        unknown(out, message.getUnknownFields());
    }

    private static boolean implicitNumberOrBoolean(FieldDescriptor field) {
        if (field.hasPresence()) return false;
        return switch (field.getJavaType()) {
            case INT, LONG, FLOAT, DOUBLE, BOOLEAN -> true;
            default -> false;
        };
    }

    static String enumName(EnumValueDescriptor value) {
        return ENUM_NAMES.computeIfAbsent(value, ProtoJson::shortName);
    }

    private static String shortName(EnumValueDescriptor value) {
        // a value newer than our schema: protobuf makes up UNKNOWN_ENUM_VALUE_<Enum>_<n> for it
        if (value.getIndex() < 0) return Integer.toString(value.getNumber());
        EnumValueDescriptor zero = value.getType().findValueByNumber(0);
        String name = value.getName();
        if (zero != null && zero.getName().endsWith("UNSPECIFIED")) {
            String prefix = zero.getName().substring(0, zero.getName().length() - "UNSPECIFIED".length());
            if (!prefix.isEmpty() && name.startsWith(prefix) && name.length() > prefix.length()) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    private static ArrayNode list(Message message, FieldDescriptor field) {
        ArrayNode array = NODES.arrayNode();
        int n = message.getRepeatedFieldCount(field);
        for (int i = 0; i < n; i++) array.add(value(field, message.getRepeatedField(field, i)));
        return array;
    }

    private static ObjectNode map(Message message, FieldDescriptor field) {
        ObjectNode object = NODES.objectNode();
        FieldDescriptor keyField = field.getMessageType().findFieldByName("key");
        FieldDescriptor valueField = field.getMessageType().findFieldByName("value");
        int n = message.getRepeatedFieldCount(field);
        for (int i = 0; i < n; i++) {
            Message entry = (Message) message.getRepeatedField(field, i);
            object.set(String.valueOf(entry.getField(keyField)), value(valueField, entry.getField(valueField)));
        }
        return object;
    }

    private static JsonNode value(FieldDescriptor field, Object v) {
        return switch (field.getJavaType()) {
            case INT -> NODES.numberNode((Integer) v);
            case LONG -> field.getType() == FieldDescriptor.Type.UINT64 || field.getType() == FieldDescriptor.Type.FIXED64
                    ? unsigned((Long) v) : NODES.numberNode((Long) v);
            case FLOAT -> NODES.numberNode((Float) v);
            case DOUBLE -> NODES.numberNode((Double) v);
            case BOOLEAN -> NODES.booleanNode((Boolean) v);
            case STRING -> NODES.textNode((String) v);
            case BYTE_STRING -> NODES.textNode("base64:" + Base64.getEncoder().encodeToString(((ByteString) v).toByteArray()));
            case ENUM -> NODES.textNode(enumName((EnumValueDescriptor) v));
            case MESSAGE -> toJson((Message) v);
        };
    }

    private static JsonNode unsigned(long v) {
        return v >= 0 ? NODES.numberNode(v) : NODES.numberNode(new java.math.BigInteger(Long.toUnsignedString(v)));
    }

    /** Adds each unknown field under its number; repeated occurrences become an array. */
    static void unknown(ObjectNode out, UnknownFieldSet fields) {
        for (Map.Entry<Integer, UnknownFieldSet.Field> e : fields.asMap().entrySet()) {
            ArrayNode values = NODES.arrayNode();
            UnknownFieldSet.Field f = e.getValue();
            f.getVarintList().forEach(values::add);
            f.getFixed32List().forEach(values::add);
            f.getFixed64List().forEach(values::add);
            for (ByteString bytes : f.getLengthDelimitedList()) values.add(lengthDelimited(bytes));
            for (UnknownFieldSet group : f.getGroupList()) {
                ObjectNode g = NODES.objectNode();
                unknown(g, group);
                values.add(g);
            }
            out.set(String.valueOf(e.getKey()), values.size() == 1 ? values.get(0) : values);
        }
    }

    private static JsonNode lengthDelimited(ByteString bytes) {
        if (bytes.isEmpty()) return NODES.textNode("");
        if (looksLikeText(bytes)) return NODES.textNode(bytes.toStringUtf8());
        try {
            UnknownFieldSet nested = UnknownFieldSet.parseFrom(bytes);
            if (!nested.asMap().isEmpty()) {
                ObjectNode object = NODES.objectNode();
                unknown(object, nested);
                return object;
            }
        } catch (com.google.protobuf.InvalidProtocolBufferException notAMessage) {
            // falls through to base64: the bytes are neither text nor a message
        }
        return NODES.textNode("base64:" + Base64.getEncoder().encodeToString(bytes.toByteArray()));
    }

    /** Valid UTF-8 without control characters; a nested message starts with a tag byte below 0x20. */
    private static boolean looksLikeText(ByteString bytes) {
        if (!bytes.isValidUtf8()) return false;
        for (int i = 0; i < bytes.size(); i++) {
            int b = bytes.byteAt(i) & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') return false;
            if (i == 0 && b < 0x20) return false;
        }
        return true;
    }
}
