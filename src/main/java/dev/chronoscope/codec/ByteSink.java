package dev.chronoscope.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer, reused between records to avoid garbage on ingest, with the encodings the
 * store, replay and causality formats share. {@link ByteSource} reads every one of them back.
 *
 * <p>Integers: big-endian fixed width ({@link #writeLong}, {@link #writeInt}), unsigned LEB128 varints
 * ({@link #writeVarLong}; {@link #writeVarInt} treats the int as unsigned 32 bits) and zigzag varints for
 * signed values. Text has two encodings that must not be mixed up, because both are on disk:
 * {@link #writeString} (the store's: modified UTF-8, each UTF-16 unit on its own so lone surrogates
 * survive, behind a varint whose low bit says "plain ASCII") and {@link #writeUtf8} (replay's: standard
 * UTF-8 behind a plain varint byte count).
 */
public final class ByteSink {
    /** {@link #resetAndShrink} drops a buffer grown past this, so one huge record cannot pin memory. */
    public static final int SHRINK_ABOVE = 1 << 20;

    private final int initialCapacity;
    private byte[] buf;
    private int len;

    public ByteSink() {
        this(256);
    }

    public ByteSink(int capacity) {
        initialCapacity = Math.max(16, capacity);
        buf = new byte[initialCapacity];
    }

    public int length() {
        return len;
    }

    /** The backing array, valid up to {@link #length()} until the next write; no copy. */
    public byte[] array() {
        return buf;
    }

    public void reset() {
        len = 0;
    }

    /** Like {@link #reset()}, and gives back a buffer that one large record grew beyond {@link #SHRINK_ABOVE}. */
    public void resetAndShrink() {
        if (buf.length > SHRINK_ABOVE) buf = new byte[initialCapacity];
        len = 0;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    public void writeByte(int b) {
        ensure(1);
        buf[len++] = (byte) b;
    }

    /** Overwrites one byte already written (a header whose value is known only later). */
    public void setByte(int at, int b) {
        if (at < 0 || at >= len) throw new IndexOutOfBoundsException("byte " + at + " of " + len + " written");
        buf[at] = (byte) b;
    }

    public void writeVarLong(long v) {
        if ((v & ~0x7FL) == 0 && len < buf.length) {
            buf[len++] = (byte) v;
            return;
        }
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[len++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[len++] = (byte) v;
    }

    /** The int as an unsigned 32-bit varint: negative values take five bytes. */
    public void writeVarInt(int v) {
        writeVarLong(v & 0xFFFFFFFFL);
    }

    public void writeZigZag(long v) {
        writeVarLong((v << 1) ^ (v >> 63));
    }

    public void writeLong(long v) {
        ensure(8);
        for (int i = 56; i >= 0; i -= 8) buf[len++] = (byte) (v >>> i);
    }

    public void writeInt(int v) {
        ensure(4);
        for (int i = 24; i >= 0; i -= 8) buf[len++] = (byte) (v >>> i);
    }

    /** The bytes as they are, with no length in front. */
    public void writeRaw(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    /** The bytes as they are, with no length in front. */
    public void writeRaw(byte[] b) {
        writeRaw(b, 0, b.length);
    }

    /** A varint length, then the bytes; {@link ByteSource#readBytes()} reads it back. */
    public void writeBytes(byte[] b) {
        writeVarInt(b.length);
        writeRaw(b, 0, b.length);
    }

    /** One pass for the common case: short ASCII text, whose length header is one byte. */
    private boolean writeShortAscii(String s, int n) {
        ensure(n + 1);
        byte[] b = buf;
        int p = len + 1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) return false;
            b[p++] = (byte) c;
        }
        b[len] = (byte) ((n << 1) | 1);
        len = p;
        return true;
    }

    /**
     * The store's text encoding: a varint of (encoded length &lt;&lt; 1 | ascii) then modified UTF-8 with
     * every UTF-16 unit encoded on its own. {@link ByteSource#readString()} reads it back.
     */
    public void writeString(String s) {
        int n = s.length();
        if (n < 64 && writeShortAscii(s, n)) return;
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

    /** Replay's text encoding: a varint byte count, then standard UTF-8. {@link ByteSource#readUtf8()} reads it. */
    public void writeUtf8(String s) {
        writeUtf8(s, 0);
    }

    /** {@link #writeUtf8(String)} of s from char index from on; ASCII (most paths) is copied directly. */
    @SuppressWarnings("deprecation")
    public void writeUtf8(String s, int from) {
        int n = s.length() - from;
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                byte[] bytes = s.substring(from).getBytes(StandardCharsets.UTF_8);
                writeVarLong(bytes.length);
                writeRaw(bytes);
                return;
            }
        }
        writeVarLong(n);
        ensure(n);
        s.getBytes(from, s.length(), buf, len); // deprecated but exact for ASCII, and copy-free
        len += n;
    }
}
