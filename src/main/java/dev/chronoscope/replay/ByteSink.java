package dev.chronoscope.replay;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with varints; reused between events to avoid garbage on ingest. */
final class ByteSink {
    private byte[] buf = new byte[256];
    private int len;

    void reset() {
        if (buf.length > 1 << 20) buf = new byte[256]; // one huge checkpoint must not pin memory
        len = 0;
    }

    int length() {
        return len;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    void write(int b) {
        ensure(1);
        buf[len++] = (byte) b;
    }

    void write(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
    }

    void writeVarLong(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[len++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[len++] = (byte) v;
    }

    void writeZigZag(long v) {
        writeVarLong((v << 1) ^ (v >> 63));
    }

    void writeLong(long v) {
        ensure(8);
        for (int i = 56; i >= 0; i -= 8) buf[len++] = (byte) (v >>> i);
    }

    void writeString(String s) {
        writeString(s, 0);
    }

    /** The UTF-8 of s from char index from, length-prefixed; ASCII (most paths) is copied directly. */
    void writeString(String s, int from) {
        int n = s.length() - from;
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                byte[] bytes = s.substring(from).getBytes(StandardCharsets.UTF_8);
                writeVarLong(bytes.length);
                write(bytes);
                return;
            }
        }
        writeVarLong(n);
        ensure(n);
        s.getBytes(from, s.length(), buf, len); // deprecated but exact for ASCII, and copy-free
        len += n;
    }

    private void ensure(int more) {
        if (len + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }
}
