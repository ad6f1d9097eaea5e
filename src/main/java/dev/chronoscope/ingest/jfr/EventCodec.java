package dev.chronoscope.ingest.jfr;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.Link;
import dev.chronoscope.event.Severity;
import dev.chronoscope.ingest.JsonTreeCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compact bytes for an event waiting to be sorted: the envelope fields, then the record as {@link JsonTreeCodec} bytes.
 * Events are held in this form (not as object graphs) so that the sort's memory budget is an
 * honest byte count and runs can be spilled to disk as they are. Written into a reused array and
 * read back from the array by index: going through data streams cost a call, and a lock, per field.
 * Strings are a varint length + 1 (0 for null) and UTF-8.
 */
final class EventCodec {
    private static final Severity[] SEVERITIES = Severity.values();

    private final JsonTreeCodec tree = new JsonTreeCodec();
    private final JsonTreeCodec.Texts texts = new JsonTreeCodec.Texts();
    private byte[] buffer = new byte[512];
    private int at;

    byte[] encode(Event e) {
        at = 0;
        fixed(e.time());
        fixed(e.duration());
        fixed(e.line());
        varint(e.hasSeverity() ? e.severity().ordinal() + 1 : 0); // 0: the record gave none
        string(e.type());
        string(e.lane());
        string(e.id());
        string(e.chain());
        varint(e.links().size());
        for (Link l : e.links()) {
            string(l.kind());
            string(l.ref());
        }
        byte[] json = tree.encode(e.record());
        ensure(json.length);
        System.arraycopy(json, 0, buffer, at, json.length);
        at += json.length;
        return Arrays.copyOf(buffer, at);
    }

    Event decode(byte[] bytes) throws IOException {
        Reader in = new Reader(bytes);
        long time = in.fixed();
        long duration = in.fixed();
        long line = in.fixed();
        int rank = (int) in.varint();
        Severity severity = rank == 0 ? null : SEVERITIES[rank - 1];
        String type = in.string();
        String lane = in.string();
        String id = in.string();
        String chain = in.string();
        int linkCount = (int) in.varint();
        List<Link> links = linkCount == 0 ? List.of() : new ArrayList<>(linkCount);
        for (int i = 0; i < linkCount; i++) links.add(new Link(in.string(), in.string()));
        ObjectNode record = (ObjectNode) JsonTreeCodec.decode(bytes, in.at, texts);
        return new Event(Event.UNASSIGNED, time, type, lane, severity, id, duration, chain, links, null, record, record, line);
    }

    private void fixed(long v) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) buffer[at++] = (byte) (v >>> shift);
    }

    private void varint(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buffer[at++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buffer[at++] = (byte) v;
    }

    private void string(String s) {
        if (s == null) {
            varint(0);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        varint(utf8.length + 1L);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, buffer, at, utf8.length);
        at += utf8.length;
    }

    private void ensure(int more) {
        if (at + more > buffer.length) buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, at + more));
    }

    private static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        long fixed() throws IOException {
            if (at + 8 > bytes.length) throw new IOException("event bytes end inside a number at byte " + at);
            long v = 0;
            for (int i = 0; i < 8; i++) v = (v << 8) | (bytes[at++] & 0xFF);
            return v;
        }

        long varint() throws IOException {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (at >= bytes.length) throw new IOException("event bytes end inside a number at byte " + at);
                byte b = bytes[at++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) return v;
            }
            throw new IOException("event bytes: a number longer than 10 bytes at byte " + at);
        }

        String string() throws IOException {
            int n = (int) varint() - 1;
            if (n < 0) return null;
            if (at + n > bytes.length) throw new IOException("event bytes: a string runs past the end at byte " + at);
            String s = new String(bytes, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }
    }
}
