package dev.chronoscope.store;

import java.util.Arrays;

/**
 * A growable byte buffer with the varint, zigzag and string encodings every block of the store
 * uses. Strings are written as modified UTF-8 (each UTF-16 unit on its own, so lone surrogates
 * survive) behind a length prefix whose low bit says whether the text is plain ASCII.
 */
final class ByteSink {
    private byte[] buf;
    private int len;

    ByteSink(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    int length() {
        return len;
    }

    byte[] array() {
        return buf;
    }

    void reset() {
        len = 0;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    void writeByte(int b) {
        ensure(1);
        buf[len++] = (byte) b;
    }

    void writeVarLong(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[len++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[len++] = (byte) v;
    }

    void writeVarInt(int v) {
        writeVarLong(v & 0xFFFFFFFFL);
    }

    void writeZigZag(long v) {
        writeVarLong((v << 1) ^ (v >> 63));
    }

    void writeLong(long v) {
        ensure(8);
        for (int i = 56; i >= 0; i -= 8) buf[len++] = (byte) (v >>> i);
    }

    void writeInt(int v) {
        ensure(4);
        for (int i = 24; i >= 0; i -= 8) buf[len++] = (byte) (v >>> i);
    }

    void writeBytes(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    void writeBytes(byte[] b) {
        writeVarInt(b.length);
        writeBytes(b, 0, b.length);
    }

    void writeString(String s) {
        int n = s.length();
        int encoded = 0;
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                encoded++;
            } else {
                ascii = false;
                encoded += c < 0x800 ? 2 : 3;
            }
        }
        writeVarLong(((long) encoded << 1) | (ascii ? 1 : 0));
        ensure(encoded);
        byte[] b = buf;
        int p = len;
        if (ascii) {
            for (int i = 0; i < n; i++) b[p++] = (byte) s.charAt(i);
        } else {
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    b[p++] = (byte) c;
                } else if (c < 0x800) {
                    b[p++] = (byte) (0xC0 | (c >> 6));
                    b[p++] = (byte) (0x80 | (c & 0x3F));
                } else {
                    b[p++] = (byte) (0xE0 | (c >> 12));
                    b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    b[p++] = (byte) (0x80 | (c & 0x3F));
                }
            }
        }
        len = p;
    }
}
