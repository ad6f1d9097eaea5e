package dev.chronoscope.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads what {@link ByteSink} wrote, from a whole array or a slice of one. Bytes that do not decode fail
 * with a {@link MalformedBytesException} naming what was read (the label given at construction) and the
 * byte offset; nothing reads past the end of the slice.
 */
public final class ByteSource {
    private final byte[] buf;
    private int pos;
    private final int end;
    private final String what;

    public ByteSource(byte[] buf) {
        this(buf, 0, buf.length, "data");
    }

    /** what names the data in error messages, as in "corrupt replay data at byte 7 of 9: ...". */
    public ByteSource(byte[] buf, String what) {
        this(buf, 0, buf.length, what);
    }

    public ByteSource(byte[] buf, int from, int to) {
        this(buf, from, to, "data");
    }

    public ByteSource(byte[] buf, int from, int to, String what) {
        this.buf = buf;
        this.pos = from;
        this.end = to;
        this.what = what;
    }

    public int position() {
        return pos;
    }

    public boolean hasMore() {
        return pos < end;
    }

    /** An exception about the data at the current position, for callers that find it wrong themselves. */
    public MalformedBytesException corrupt(String detail) {
        return corruptAt(pos, detail);
    }

    private MalformedBytesException corruptAt(int at, String detail) {
        return new MalformedBytesException("corrupt " + what + " at byte " + at + " of " + end + ": " + detail);
    }

    private void need(int n) {
        if (n > end - pos) throw corrupt("needs " + n + " more byte(s)");
    }

    public int readByte() {
        need(1);
        return buf[pos++] & 0xFF;
    }

    public long readVarLong() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            need(1);
            byte b = buf[pos++];
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) return v;
        }
        throw corrupt("varint longer than 10 bytes");
    }

    /** Reads what {@link ByteSink#writeVarInt} wrote: an unsigned 32-bit varint. */
    public int readVarInt() {
        long v = readVarLong();
        if (v < 0 || v > 0xFFFFFFFFL) throw corrupt("int out of range: " + v);
        return (int) v;
    }

    /** A varint count of bytes that must still follow; checked here so callers can allocate safely. */
    public int readLength() {
        long n = readVarLong();
        if (n < 0 || n > end - pos) throw corrupt("length " + n + " beyond the end");
        return (int) n;
    }

    public long readZigZag() {
        long v = readVarLong();
        return (v >>> 1) ^ -(v & 1);
    }

    public long readLong() {
        need(8);
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (buf[pos++] & 0xFF);
        return v;
    }

    public int readInt() {
        need(4);
        int v = 0;
        for (int i = 0; i < 4; i++) v = (v << 8) | (buf[pos++] & 0xFF);
        return v;
    }

    /** The next n bytes, copied. */
    public byte[] readRaw(int n) {
        if (n < 0) throw corrupt("negative length " + n);
        need(n);
        byte[] out = Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return out;
    }

    /** Reads what {@link ByteSink#writeBytes} wrote. */
    public byte[] readBytes() {
        return readRaw(readVarInt());
    }

    /** Passes over what {@link ByteSink#writeString} wrote without making the string. */
    public void skipString() {
        long count = readVarLong() >>> 1;
        if (count > end - pos) throw corrupt("text of " + count + " bytes beyond the end");
        pos += (int) count;
    }

    /** Reads what {@link ByteSink#writeString} wrote (the store's tagged modified UTF-8). */
    public String readString() {
        long head = readVarLong();
        long count = head >>> 1;
        if (count > end - pos) throw corrupt("text of " + count + " bytes beyond the end");
        int n = (int) count;
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
                if (p >= stop) throw corruptAt(p, "bad text");
                chars[c++] = (char) (((b & 0x1F) << 6) | (buf[p++] & 0x3F));
            } else {
                if (p + 1 >= stop) throw corruptAt(p, "bad text");
                chars[c++] = (char) (((b & 0x0F) << 12) | ((buf[p++] & 0x3F) << 6) | (buf[p++] & 0x3F));
            }
        }
        return new String(chars, 0, c);
    }

    /** Reads what {@link ByteSink#writeUtf8} wrote (a byte count, then standard UTF-8). */
    public String readUtf8() {
        int n = readLength();
        String s = new String(buf, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }
}
