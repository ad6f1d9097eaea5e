package dev.chronoscope.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.codec.ByteSink;
import dev.chronoscope.codec.ByteSource;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.EventHeaderVisitor;
import dev.chronoscope.event.Link;
import dev.chronoscope.event.Severity;
import dev.chronoscope.event.VectorClock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The binary form of one event inside an event block. Type and lane are numbers into the store's
 * dictionaries; time and line are relative to the block's base values; the offset is implied by
 * the position in the block.
 *
 * <p>The body is not stored twice: it is either the record itself, a field of the record (an
 * externally tagged record {@code {"ProcessCreated": {...}}}), a field of the record's
 * {@code payload} object, or, when it is none of these, stored on its own.
 */
final class EventCodec {
    private static final int HAS_TIME = 1, HAS_ID = 2, HAS_DURATION = 4, HAS_CHAIN = 8, HAS_LINKS = 16,
            HAS_CLOCK = 32, HAS_RECORD = 64;
    private static final int BODY_IS_RECORD = 0, BODY_IN_RECORD = 1, BODY_IN_PAYLOAD = 2, BODY_OWN = 3;
    private static final Severity[] SEVERITIES = Severity.values();
    /** The severity half-byte of an event whose log gave no severity. */
    private static final int NO_SEVERITY = SEVERITIES.length;

    private EventCodec() {}

    /**
     * Encodes the events of one block into its sink, field names through the block's key table.
     * Kept by the block writer and reused, so that encoding allocates nothing per event.
     */
    static final class Encoder {
        private final ByteSink out;
        private final JsonCodec.Encoder json;
        private final ChildFinder children = new ChildFinder();

        Encoder(ByteSink out, KeyTable keys) {
            this.out = out;
            this.json = new JsonCodec.Encoder(out, keys);
        }

        void encode(Event e, int typeId, int laneId, long baseTime, long baseLine) {
            int flags = 0;
            if (e.time() != Event.NO_TIME) flags |= HAS_TIME;
            if (e.id() != null) flags |= HAS_ID;
            if (e.duration() != Event.NO_DURATION) flags |= HAS_DURATION;
            if (e.chain() != null) flags |= HAS_CHAIN;
            if (!e.links().isEmpty()) flags |= HAS_LINKS;
            if (e.clock() != null) flags |= HAS_CLOCK;
            ObjectNode record = e.record();
            if (record != null) flags |= HAS_RECORD;
            out.writeByte(flags);
            int bodyModeAt = out.length();
            out.writeByte(severityCode(e)); // the body mode is added once the record is written
            out.writeVarInt(typeId);
            out.writeVarInt(laneId);
            if ((flags & HAS_TIME) != 0) out.writeZigZag(e.time() - baseTime);
            if ((flags & HAS_ID) != 0) out.writeString(e.id());
            if ((flags & HAS_DURATION) != 0) out.writeZigZag(e.duration());
            if ((flags & HAS_CHAIN) != 0) out.writeString(e.chain());
            if ((flags & HAS_LINKS) != 0) {
                List<Link> links = e.links();
                out.writeVarInt(links.size());
                for (int i = 0; i < links.size(); i++) {
                    Link l = links.get(i);
                    out.writeString(l.kind());
                    out.writeString(l.ref());
                }
            }
            if ((flags & HAS_CLOCK) != 0) {
                Map<String, Long> entries = e.clock().entries();
                out.writeVarInt(entries.size());
                for (Map.Entry<String, Long> c : entries.entrySet()) {
                    out.writeString(c.getKey());
                    out.writeZigZag(c.getValue());
                }
            }
            out.writeZigZag(e.line() - baseLine);
            ObjectNode body = e.body();
            int bodyMode = BODY_IS_RECORD;
            int bodyIndex = -1;
            if (record != null) {
                if (body == record) json.writeObject(record);
                else bodyIndex = json.writeRecord(record, body);
            }
            if (body != record) {
                if (bodyIndex < 0 && record != null) bodyIndex = children.indexOf(record, body);
                if (bodyIndex >= 0) {
                    bodyMode = BODY_IN_RECORD;
                } else {
                    JsonNode payload = record == null ? null : record.get("payload");
                    bodyIndex = payload instanceof ObjectNode p ? children.indexOf(p, body) : -1;
                    if (bodyIndex >= 0) bodyMode = BODY_IN_PAYLOAD;
                    else if (!body.equals(record)) bodyMode = BODY_OWN;
                }
            }
            out.setByte(bodyModeAt, severityCode(e) | (bodyMode << 4));
            if (bodyMode == BODY_IN_RECORD || bodyMode == BODY_IN_PAYLOAD) out.writeVarInt(bodyIndex);
            else if (bodyMode == BODY_OWN) json.writeObject(body);
        }
    }

    /** Position of a child among its parent's field values: by identity, else by equality; -1 if absent. */
    private static final class ChildFinder implements Consumer<Map.Entry<String, JsonNode>> {
        private ObjectNode child;
        private boolean byIdentity;
        private int index;
        private int found;

        int indexOf(ObjectNode parent, ObjectNode wanted) {
            child = wanted;
            found = -1;
            byIdentity = true;
            index = 0;
            parent.properties().forEach(this);
            if (found < 0) {
                byIdentity = false;
                index = 0;
                parent.properties().forEach(this);
            }
            child = null;
            return found;
        }

        @Override
        public void accept(Map.Entry<String, JsonNode> field) {
            if (found < 0) {
                JsonNode value = field.getValue();
                if (byIdentity ? value == child : child.equals(value)) found = index;
            }
            index++;
        }
    }

    static Event decode(ByteSource in, long offset, long baseTime, long baseLine, String[] keys,
                        String[] types, String[] lanes) {
        int flags = in.readByte();
        int second = secondHeaderByte(in, offset);
        int sev = second & 0x0F;
        int bodyMode = second >> 4;
        String type = lookup(types, in.readVarInt(), "type", offset);
        String lane = lookup(lanes, in.readVarInt(), "lane", offset);
        long time = (flags & HAS_TIME) != 0 ? baseTime + in.readZigZag() : Event.NO_TIME;
        String id = (flags & HAS_ID) != 0 ? in.readString() : null;
        long duration = (flags & HAS_DURATION) != 0 ? in.readZigZag() : Event.NO_DURATION;
        String chain = (flags & HAS_CHAIN) != 0 ? in.readString() : null;
        List<Link> links = List.of();
        if ((flags & HAS_LINKS) != 0) {
            int n = in.readVarInt();
            List<Link> l = new ArrayList<>(Math.min(n, 64));
            for (int i = 0; i < n; i++) l.add(new Link(in.readString(), in.readString()));
            links = l;
        }
        VectorClock clock = null;
        if ((flags & HAS_CLOCK) != 0) {
            int n = in.readVarInt();
            Map<String, Long> entries = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) entries.put(in.readString(), in.readZigZag());
            clock = new VectorClock(entries);
        }
        long line = baseLine + in.readZigZag();
        ObjectNode record = (flags & HAS_RECORD) != 0 ? JsonCodec.readObject(in, keys) : null;
        ObjectNode body = switch (bodyMode) {
            case BODY_IN_RECORD -> child(record, in.readVarInt(), offset);
            case BODY_IN_PAYLOAD -> child(record == null ? null : record.get("payload"), in.readVarInt(), offset);
            case BODY_OWN -> JsonCodec.readObject(in, keys);
            default -> record;
        };
        Severity severity = sev == NO_SEVERITY ? null : SEVERITIES[sev];
        return new Event(offset, time, type, lane, severity, id, duration, chain, links, clock, record, body, line);
    }

    /** The fields {@link EventHeaderVisitor} takes, read from the start of an encoded event; the rest is left unread. */
    static void decodeHeader(ByteSource in, long offset, long baseTime, String[] types, String[] lanes,
                             EventHeaderVisitor visitor) {
        int flags = in.readByte();
        int sev = secondHeaderByte(in, offset) & 0x0F;
        String type = lookup(types, in.readVarInt(), "type", offset);
        String lane = lookup(lanes, in.readVarInt(), "lane", offset);
        long time = (flags & HAS_TIME) != 0 ? baseTime + in.readZigZag() : Event.NO_TIME;
        if ((flags & HAS_ID) != 0) in.skipString();
        long end = time;
        if ((flags & HAS_DURATION) != 0) {
            long duration = in.readZigZag();
            if (duration != Event.NO_DURATION) end = time + duration; // as Event.endTime
        }
        // views rank an event without a severity as INFO, as Event.severity() does
        visitor.accept(offset, time, end, type, lane, sev == NO_SEVERITY ? Severity.INFO : SEVERITIES[sev]);
    }

    private static int severityCode(Event e) {
        return e.hasSeverity() ? e.severity().ordinal() : NO_SEVERITY;
    }

    /** The header's second byte (severity in the low half, body mode in the high half), checked. */
    private static int secondHeaderByte(ByteSource in, long offset) {
        int second = in.readByte();
        if ((second & 0x0F) > NO_SEVERITY || second >> 4 > BODY_OWN) {
            throw new CorruptStoreException("bad event header at offset " + offset);
        }
        return second;
    }

    private static String lookup(String[] dict, int index, String what, long offset) {
        if (index >= dict.length) throw new CorruptStoreException("unknown " + what + " #" + index + " at offset " + offset);
        return dict[index];
    }

    private static ObjectNode child(JsonNode parent, int index, long offset) {
        if (parent instanceof ObjectNode) {
            Iterator<JsonNode> it = parent.elements();
            for (int i = 0; it.hasNext(); i++) {
                JsonNode n = it.next();
                if (i == index && n instanceof ObjectNode o) return o;
            }
        }
        throw new CorruptStoreException("event body reference #" + index + " missing at offset " + offset);
    }
}
