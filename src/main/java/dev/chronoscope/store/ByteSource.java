package dev.chronoscope.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads what {@link ByteSink} wrote. Malformed input fails with {@link CorruptStoreException}. */
final class ByteSource {
    private final byte[] buf;
    private int pos;
    private final int end;

    ByteSource(byte[] buf) {
        this(buf, 0, buf.length);
    }

    ByteSource(byte[] buf, int from, int to) {
        this.buf = buf;
        this.pos = from;
        this.end = to;
    }

    int position() {
        return pos;
    }

    void position(int p) {
        pos = p;
    }

    boolean hasMore() {
        return pos < end;
    }

    private void need(int n) {
        if (pos + n > end) throw new CorruptStoreException("block ends early at byte " + pos);
    }

    int readByte() {
        need(1);
        return buf[pos++] & 0xFF;
    }

    long readVarLong() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            need(1);
            byte b = buf[pos++];
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) return v;
        }
        throw new CorruptStoreException("varint too long at byte " + pos);
    }

    int readVarInt() {
        long v = readVarLong();
        if (v < 0 || v > 0xFFFFFFFFL) throw new CorruptStoreException("int out of range at byte " + pos);
        return (int) v;
    }

    long readZigZag() {
        long v = readVarLong();
        return (v >>> 1) ^ -(v & 1);
    }

    long readLong() {
        need(8);
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (buf[pos++] & 0xFF);
        return v;
    }

    int readInt() {
        need(4);
        int v = 0;
        for (int i = 0; i < 4; i++) v = (v << 8) | (buf[pos++] & 0xFF);
        return v;
    }

    byte[] readRaw(int n) {
        need(n);
        byte[] out = Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return out;
    }

    byte[] readBytes() {
        return readRaw(readVarInt());
    }

    String readString() {
        long head = readVarLong();
        int n = (int) (head >>> 1);
        need(n);
        int start = pos;
        pos += n;
        if ((head & 1) != 0) return new String(buf, start, n, StandardCharsets.ISO_8859_1);
        char[] chars = new char[n];
        int c = 0;
        int p = start;
        int stop = start + n;
        while (p < stop) {
            int b = buf[p++] & 0xFF;
            if (b < 0x80) {
                chars[c++] = (char) b;
            } else if (b < 0xE0) {
                if (p >= stop) throw new CorruptStoreException("bad text at byte " + p);
                chars[c++] = (char) (((b & 0x1F) << 6) | (buf[p++] & 0x3F));
            } else {
                if (p + 1 >= stop) throw new CorruptStoreException("bad text at byte " + p);
                chars[c++] = (char) (((b & 0x0F) << 12) | ((buf[p++] & 0x3F) << 6) | (buf[p++] & 0x3F));
            }
        }
        return new String(chars, 0, c);
    }
}
