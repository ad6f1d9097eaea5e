package dev.chronoscope.replay;

import java.nio.charset.StandardCharsets;

/** Reads what {@link ByteSink} wrote; a truncated or corrupt buffer throws with the position. */
final class ByteSource {
    private final byte[] buf;
    private int pos;

    ByteSource(byte[] buf) {
        this.buf = buf;
    }

    boolean hasMore() {
        return pos < buf.length;
    }

    int read() {
        need(1);
        return buf[pos++] & 0xFF;
    }

    long readVarLong() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = read();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
        }
        throw corrupt("varint longer than 10 bytes");
    }

    int readLength() {
        long n = readVarLong();
        if (n < 0 || n > buf.length - pos) throw corrupt("length " + n + " beyond the end");
        return (int) n;
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

    byte[] readBytes(int n) {
        need(n);
        byte[] out = new byte[n];
        System.arraycopy(buf, pos, out, 0, n);
        pos += n;
        return out;
    }

    String readString() {
        int n = readLength();
        String s = new String(buf, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    IllegalStateException corrupt(String what) {
        return new IllegalStateException("corrupt replay data at byte " + pos + " of " + buf.length + ": " + what);
    }

    private void need(int n) {
        if (pos + n > buf.length) throw corrupt("needs " + n + " more byte(s)");
    }
}
