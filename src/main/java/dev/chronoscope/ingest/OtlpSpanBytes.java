package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A span as one length-prefixed block in a sort run of {@link OtlpSortedSpans}: assembled in a
 * reused buffer and written at once, read back with one read and decoded from the array (field by
 * field calls on buffered streams cost more than the rest of the spill). Strings are a varint
 * length + 1 (0 for null) and UTF-8; resource and scope are indexes into the sorter's shared list.
 */
final class OtlpSpanBytes {
    private byte[] buffer = new byte[1024];
    private int at;

    void write(OtlpSpan s, int resource, int scope, DataOutputStream out) throws IOException {
        at = 0;
        fixed(s.start());
        fixed(s.end());
        fixed(s.traceHigh());
        fixed(s.traceLow());
        fixed(s.spanId());
        fixed(s.parentSpanId());
        string(s.name());
        string(s.lane());
        varint(s.kind() & 0xFFFFFFFFL);
        varint(s.statusCode() & 0xFFFFFFFFL);
        string(s.statusMessage());
        varint(s.line() + 1); // -1 when unknown
        varint(resource);
        varint(scope);
        bytes(s.attributes());
        bytes(s.eventsAndLinks());
        out.writeInt(at);
        out.write(buffer, 0, at);
    }

    /** The next span of a run, or null at its end. */
    OtlpSpan read(DataInputStream in, List<ObjectNode> shared) throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (EOFException end) {
            return null;
        }
        ensure(length);
        in.readFully(buffer, 0, length);
        at = 0;
        long start = fixed();
        long end = fixed();
        long traceHigh = fixed();
        long traceLow = fixed();
        long spanId = fixed();
        long parent = fixed();
        String name = string();
        String lane = string();
        int kind = (int) varint();
        int code = (int) varint();
        String message = string();
        long line = varint() - 1;
        ObjectNode resource = shared.get((int) varint());
        ObjectNode scope = shared.get((int) varint());
        byte[] attributes = bytes();
        return new OtlpSpan(start, end, traceHigh, traceLow, spanId, parent, name, lane, kind, code, message, line,
                resource, scope, attributes, bytes());
    }

    private void fixed(long v) {
        ensure(at + 8);
        for (int i = 56; i >= 0; i -= 8) buffer[at++] = (byte) (v >>> i);
    }

    private long fixed() {
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (buffer[at++] & 0xFF);
        return v;
    }

    private void string(String s) {
        if (s != null && s.length() < 127 && ascii(s)) { // ids and names: no byte array made for them
            int n = s.length();
            ensure(at + 1 + n);
            buffer[at++] = (byte) (n + 1);
            for (int i = 0; i < n; i++) buffer[at++] = (byte) s.charAt(i);
            return;
        }
        bytes(s == null ? null : s.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    private String string() {
        int n = (int) varint() - 1;
        if (n < 0) return null;
        String s = new String(buffer, at, n, StandardCharsets.UTF_8);
        at += n;
        return s;
    }

    private void bytes(byte[] b) {
        if (b == null) {
            varint(0);
            return;
        }
        varint(b.length + 1L);
        ensure(at + b.length);
        System.arraycopy(b, 0, buffer, at, b.length);
        at += b.length;
    }

    private byte[] bytes() {
        int n = (int) varint() - 1;
        if (n < 0) return null;
        byte[] b = Arrays.copyOfRange(buffer, at, at + n);
        at += n;
        return b;
    }

    private void varint(long v) {
        ensure(at + 10);
        while ((v & ~0x7FL) != 0) {
            buffer[at++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buffer[at++] = (byte) v;
    }

    private long varint() {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = buffer[at++];
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) return v;
        }
    }

    private void ensure(int size) {
        if (size > buffer.length) buffer = Arrays.copyOf(buffer, Math.max(size, buffer.length * 2));
    }
}
