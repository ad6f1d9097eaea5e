package dev.chronoscope.generate;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A hand-rolled JSON Lines writer. The generators write millions of small records, and building
 * them byte by byte into one reused buffer is several times faster than a tree or a
 * {@code JsonGenerator} per line. Commas are managed per nesting level, so callers only say what
 * to write: {@code obj()/obj(key) … end()}, {@code arr(key) … endArr()}, {@code str/num/bool}.
 * Numbers with decimals are written with a fixed number of digits from their rounded scaled
 * value, which keeps the output byte-identical across JVMs.
 */
final class JsonOut implements Closeable {
    private static final int MAX_DEPTH = 16;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final OutputStream sink;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private final boolean[] needsComma = new boolean[MAX_DEPTH];
    private int depth;

    JsonOut(OutputStream sink) {
        this.sink = sink;
    }

    JsonOut obj() {
        separator();
        return open('{');
    }

    JsonOut obj(String key) {
        key(key);
        return open('{');
    }

    JsonOut end() {
        depth--;
        put('}');
        return this;
    }

    JsonOut arr(String key) {
        key(key);
        return open('[');
    }

    JsonOut endArr() {
        depth--;
        put(']');
        return this;
    }

    JsonOut str(String key, String value) {
        key(key);
        quoted(value);
        return this;
    }

    JsonOut num(String key, long value) {
        key(key);
        digits(value);
        return this;
    }

    JsonOut bool(String key, boolean value) {
        key(key);
        ascii(value ? "true" : "false");
        return this;
    }

    /** A string {@code "0x…"}: the value in lower-case hex, as kernels print addresses. */
    JsonOut hex(String key, long value) {
        key(key);
        if (pos + 20 > buf.length) drain();
        buf[pos++] = '"';
        buf[pos++] = '0';
        buf[pos++] = 'x';
        int digits = Math.max(1, (67 - Long.numberOfLeadingZeros(value)) / 4);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            buf[pos++] = (byte) HEX[(int) (value >>> shift) & 0xF];
        }
        buf[pos++] = '"';
        return this;
    }

    /** A decimal with exactly {@code decimals} fraction digits (0..9). */
    JsonOut dec(String key, double value, int decimals) {
        key(key);
        long scale = 1;
        for (int i = 0; i < decimals; i++) scale *= 10;
        long scaled = Math.round(value * scale);
        if (scaled < 0) {
            put('-');
            scaled = -scaled;
        }
        digits(scaled / scale);
        if (decimals > 0) {
            put('.');
            long frac = scaled % scale;
            for (long s = scale / 10; s > 0; s /= 10) put((char) ('0' + (frac / s) % 10));
        }
        return this;
    }

    /** An array element or a top-level value. */
    JsonOut str(String value) {
        separator();
        quoted(value);
        return this;
    }

    JsonOut num(long value) {
        separator();
        digits(value);
        return this;
    }

    /** Ends the record: closes nothing, checks the caller closed everything, writes a newline. */
    void line() {
        if (depth != 0) throw new IllegalStateException("unbalanced record, depth " + depth);
        put('\n');
        needsComma[0] = false;
    }

    @Override
    public void close() throws IOException {
        flush();
        sink.close();
    }

    void flush() throws IOException {
        sink.write(buf, 0, pos);
        pos = 0;
        sink.flush();
    }

    private JsonOut open(char bracket) {
        put(bracket);
        depth++;
        needsComma[depth] = false;
        return this;
    }

    private void key(String key) {
        separator();
        quoted(key);
        put(':');
    }

    private void separator() {
        if (needsComma[depth]) put(',');
        needsComma[depth] = true;
    }

    private void quoted(String s) {
        int n = s.length();
        if (n + 2 <= buf.length - pos || n + 2 <= buf.length && drained()) {
            if (plainAscii(s, n)) return;
        }
        put('"');
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                put('\\');
                put(c);
            } else if (c < 0x20) {
                ascii(String.format("\\u%04x", (int) c));
            } else if (c < 0x80) {
                put(c);
            } else {
                utf8(s, i, c);
                if (Character.isHighSurrogate(c) && i + 1 < n) i++;
            }
        }
        put('"');
    }

    /** The common case, written straight into the buffer: true when s needed no escaping. */
    private boolean plainAscii(String s, int n) {
        int p = pos;
        buf[p++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') return false;
            buf[p++] = (byte) c;
        }
        buf[p++] = '"';
        pos = p;
        return true;
    }

    private boolean drained() {
        drain();
        return true;
    }

    private void utf8(String s, int i, char c) {
        int cp = Character.isHighSurrogate(c) && i + 1 < s.length() ? s.codePointAt(i) : c;
        if (cp < 0x800) {
            putByte(0xC0 | (cp >> 6));
            putByte(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            putByte(0xE0 | (cp >> 12));
            putByte(0x80 | ((cp >> 6) & 0x3F));
            putByte(0x80 | (cp & 0x3F));
        } else {
            putByte(0xF0 | (cp >> 18));
            putByte(0x80 | ((cp >> 12) & 0x3F));
            putByte(0x80 | ((cp >> 6) & 0x3F));
            putByte(0x80 | (cp & 0x3F));
        }
    }

    private void ascii(String s) {
        for (int i = 0; i < s.length(); i++) put(s.charAt(i));
    }

    private void digits(long v) {
        if (v == Long.MIN_VALUE) {
            ascii(Long.toString(v));
            return;
        }
        if (v < 0) {
            put('-');
            v = -v;
        }
        if (pos + 20 > buf.length) drain();
        int start = pos;
        do {
            buf[pos++] = (byte) ('0' + (v % 10));
            v /= 10;
        } while (v != 0);
        for (int i = start, j = pos - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    private void put(char c) {
        if (pos == buf.length) drain();
        buf[pos++] = (byte) c;
    }

    private void putByte(int b) {
        if (pos == buf.length) drain();
        buf[pos++] = (byte) b;
    }

    private void drain() {
        try {
            sink.write(buf, 0, pos);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        pos = 0;
    }
}
