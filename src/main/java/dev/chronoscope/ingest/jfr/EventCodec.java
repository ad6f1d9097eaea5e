package dev.chronoscope.ingest.jfr;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.Link;
import dev.chronoscope.event.Severity;
import dev.chronoscope.ingest.JsonTreeCodec;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Compact bytes for an event waiting to be sorted: the envelope fields, then the record as {@link JsonTreeCodec} bytes.
 * Events are held in this form (not as object graphs) so that the sort's memory budget is an
 * honest byte count and runs can be spilled to disk as they are.
 */
final class EventCodec {
    private static final Severity[] SEVERITIES = Severity.values();

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);
    private final DataOutputStream out = new DataOutputStream(buffer);
    private final JsonTreeCodec tree = new JsonTreeCodec();

    byte[] encode(Event e) {
        try {
            buffer.reset();
            out.writeLong(e.time());
            out.writeLong(e.duration());
            out.writeLong(e.line());
            out.writeByte(e.severity().ordinal());
            writeString(e.type());
            writeString(e.lane());
            writeString(e.id());
            writeString(e.chain());
            out.writeShort(e.links().size());
            for (Link l : e.links()) {
                writeString(l.kind());
                writeString(l.ref());
            }
            byte[] json = tree.encode(e.record());
            out.writeInt(json.length);
            out.write(json);
            out.flush();
            return buffer.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static Event decode(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
        long time = in.readLong();
        long duration = in.readLong();
        long line = in.readLong();
        Severity severity = SEVERITIES[in.readByte()];
        String type = readString(in);
        String lane = readString(in);
        String id = readString(in);
        String chain = readString(in);
        int linkCount = in.readShort();
        List<Link> links = new ArrayList<>(linkCount);
        for (int i = 0; i < linkCount; i++) links.add(new Link(readString(in), readString(in)));
        byte[] json = new byte[in.readInt()];
        in.readFully(json);
        ObjectNode record = (ObjectNode) JsonTreeCodec.decode(json);
        return new Event(Event.UNASSIGNED, time, type, lane, severity, id, duration, chain, links, null, record, record, line);
    }

    private void writeString(String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
