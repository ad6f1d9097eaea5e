package dev.chronoscope.ingest.rodent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.UnknownFieldSet;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.Link;
import dev.chronoscope.event.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Rodent protobuf event → a Chronoscope event.
 *
 * <p>Type names: the category wrapper without "Event" plus the payload field in CamelCase without
 * "_event", then the payload's operation: {@code StoragePool.CREATED}, {@code ServiceStatus.FAILED},
 * {@code DataTransfer.RESUMED}, {@code SystemStartup} (no operation). A payload under a field
 * number our schema does not know is typed {@code StorageEvent#3} (or {@code Event#20} for an
 * unknown payload of the event itself) and decoded generically. The record is the whole event as
 * JSON ({@code metadata}, the wrapper, the payload under their field names); the payload object is
 * the tagged body, so its fields are reachable without the wrappers ({@code pool_name}).
 *
 * <p>Envelope: lane = source, severity from level, time = timestamp (Unix ms) in ns, id = event_id,
 * chain = metadata {@code correlation_id}, a {@code caused-by} link from metadata {@code caused_by}.
 */
final class RodentEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<FieldDescriptor, String> TYPE_PREFIX = new ConcurrentHashMap<>();
    private static final OneofDescriptor EVENT_PAYLOAD =
            dev.chronoscope.ingest.rodent.proto.Event.getDescriptor().getOneofs().get(0);

    private RodentEvents() {}

    static Event toEvent(dev.chronoscope.ingest.rodent.proto.Event proto, long batchTimestamp, long line) {
        ObjectNode record = ProtoJson.toJson(proto);
        String type;
        ObjectNode body = record;
        FieldDescriptor wrapperField = proto.getOneofFieldDescriptor(EVENT_PAYLOAD);
        if (wrapperField != null) {
            Message wrapper = (Message) proto.getField(wrapperField);
            ObjectNode wrapperJson = (ObjectNode) record.get(wrapperField.getName());
            Payload p = payload(wrapperField, wrapper, wrapperJson);
            type = p.type;
            if (p.body != null) body = p.body;
        } else {
            Map.Entry<Integer, JsonNode> unknown = firstUnknownPayload(proto.getUnknownFields(), record);
            if (unknown != null) {
                type = "Event#" + unknown.getKey();
                if (unknown.getValue() instanceof ObjectNode o) body = o;
            } else {
                type = categoryName(proto);
            }
        }
        long ms = proto.getTimestamp() != 0 ? proto.getTimestamp() : batchTimestamp;
        long time = ms != 0 ? nanos(ms) : Event.NO_TIME;
        Map<String, String> meta = proto.getMetadataMap();
        String causedBy = meta.get("caused_by");
        List<Link> links = causedBy == null || causedBy.isEmpty() ? List.of() : List.of(new Link("caused-by", causedBy));
        String id = proto.getEventId().isEmpty() ? null : proto.getEventId();
        return new Event(Event.UNASSIGNED, time, type, proto.getSource(), severity(proto), id, Event.NO_DURATION,
                meta.get("correlation_id"), links, null, record, body, line);
    }

    /**
     * Unix ms in ns; {@link Event#NO_TIME} when they do not fit a long (beyond about the years
     * 1677–2262), rather than a time wrapped around to somewhere else.
     */
    static long nanos(long ms) {
        long nanos = ms * 1_000_000L;
        boolean overflows = Math.multiplyHigh(ms, 1_000_000L) != (nanos >> 63);
        return overflows || nanos == Event.NO_TIME ? Event.NO_TIME : nanos;
    }

    /** Every type name a payload of the schema can produce, with its payload message (for profile checks). */
    static SortedMap<String, Descriptor> knownTypes() {
        SortedMap<String, Descriptor> types = new TreeMap<>();
        for (FieldDescriptor wrapperField : EVENT_PAYLOAD.getFields()) {
            for (FieldDescriptor payloadField : wrapperField.getMessageType().getFields()) {
                String prefix = category(wrapperField) + camel(payloadField.getName());
                FieldDescriptor operation = payloadField.getMessageType().findFieldByName("operation");
                if (operation == null || operation.getJavaType() != FieldDescriptor.JavaType.ENUM) {
                    types.put(prefix, payloadField.getMessageType());
                    continue;
                }
                for (EnumValueDescriptor v : operation.getEnumType().getValues()) {
                    types.put(prefix + "." + ProtoJson.enumName(v), payloadField.getMessageType());
                }
            }
        }
        return types;
    }

    private record Payload(String type, ObjectNode body) {}

    private static Payload payload(FieldDescriptor wrapperField, Message wrapper, ObjectNode wrapperJson) {
        OneofDescriptor oneof = wrapperField.getMessageType().getOneofs().isEmpty()
                ? null : wrapperField.getMessageType().getOneofs().get(0);
        FieldDescriptor payloadField = oneof == null ? null : wrapper.getOneofFieldDescriptor(oneof);
        if (payloadField == null) {
            Map.Entry<Integer, JsonNode> unknown = firstUnknownPayload(wrapper.getUnknownFields(), wrapperJson);
            if (unknown == null) return new Payload(category(wrapperField), wrapperJson);
            return new Payload(wrapperField.getMessageType().getName() + "#" + unknown.getKey(),
                    unknown.getValue() instanceof ObjectNode o ? o : wrapperJson);
        }
        Message payload = (Message) wrapper.getField(payloadField);
        ObjectNode body = (ObjectNode) wrapperJson.get(payloadField.getName());
        if (body == null) {
            body = JSON.createObjectNode();
            wrapperJson.set(payloadField.getName(), body);
        }
        if (payloadField.getMessageType().getName().equals("DataTransferTransferPayload")) transferInfo(body);
        String type = TYPE_PREFIX.computeIfAbsent(payloadField, f -> category(wrapperField) + camel(f.getName()));
        FieldDescriptor operation = payload.getDescriptorForType().findFieldByName("operation");
        if (operation != null && operation.getJavaType() == FieldDescriptor.JavaType.ENUM) {
            type = type + "." + ProtoJson.enumName((EnumValueDescriptor) payload.getField(operation));
        }
        return new Payload(type, body);
    }

    private static String category(FieldDescriptor wrapperField) {
        String wrapper = wrapperField.getMessageType().getName();
        return wrapper.endsWith("Event") ? wrapper.substring(0, wrapper.length() - 5) : wrapper;
    }

    /** {@code transfer_event} → {@code Transfer}; a field repeating the category is dropped (DataTransfer). */
    private static String camel(String fieldName) {
        String name = fieldName.endsWith("_event") ? fieldName.substring(0, fieldName.length() - 6) : fieldName;
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("_")) {
            if (!part.isEmpty()) sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString().equals("Transfer") ? "" : sb.toString();
    }

    /**
     * Field 3 of a transfer payload is a JSON document in a string; in old files it was a plain
     * {@code source} string. A JSON object or array becomes {@code transfer_info}; anything else
     * is kept as {@code source}.
     */
    private static void transferInfo(ObjectNode body) {
        JsonNode raw = body.remove("transfer_info_json");
        if (raw == null) return;
        String text = raw.asText();
        try {
            JsonNode parsed = JSON.readTree(text);
            if (parsed != null && parsed.isContainerNode()) {
                body.set("transfer_info", parsed);
                return;
            }
        } catch (IOException notJson) {
            // an old payload: the string is the transfer's source
        }
        body.put("source", text);
    }

    private static Map.Entry<Integer, JsonNode> firstUnknownPayload(UnknownFieldSet unknown, ObjectNode json) {
        for (Integer number : unknown.asMap().keySet()) {
            JsonNode value = json.get(String.valueOf(number));
            if (value != null) return Map.entry(number, value);
        }
        return null;
    }

    private static String categoryName(dev.chronoscope.ingest.rodent.proto.Event proto) {
        String c = ProtoJson.enumName(proto.getCategory().getValueDescriptor());
        if (c.equals("UNSPECIFIED")) return "Event";
        StringBuilder sb = new StringBuilder();
        for (String part : c.toLowerCase(Locale.ROOT).split("_")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }

    /** The event's level; UNSPECIFIED (0) or a value rodent.md does not list gives no severity. */
    private static Severity severity(dev.chronoscope.ingest.rodent.proto.Event proto) {
        int n = proto.getLevelValue();
        return switch (n) {
            case 1, 5 -> Severity.INFO; // ESSENTIAL: always kept, but not a warning
            case 2 -> Severity.WARN;
            case 3 -> Severity.ERROR;
            case 4 -> Severity.CRITICAL;
            case 6 -> Severity.DEBUG;
            case 7 -> Severity.TRACE;
            default -> null;
        };
    }
}
