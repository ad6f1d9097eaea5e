package dev.chronoscope.causality;

import java.util.Arrays;

/** Unsigned LEB128 varints into a reusable buffer, and a reader for them. */
final class VarBytes {
    private byte[] bytes = new byte[64];
    private int length;

    void reset() {
        length = 0;
    }

    int length() {
        return length;
    }

    void write(long value) {
        if (length + 10 > bytes.length) bytes = Arrays.copyOf(bytes, bytes.length * 2);
        while ((value & ~0x7FL) != 0) {
            bytes[length++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes[length++] = (byte) value;
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, length);
    }

    /** Reads varints back from an array. */
    static final class Reader {
        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        boolean hasMore() {
            return position < bytes.length;
        }

        long next() {
            long value = 0;
            int shift = 0;
            while (true) {
                if (position >= bytes.length) throw new IllegalStateException("varint cut short at byte " + position);
                byte b = bytes[position++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) return value;
                shift += 7;
                if (shift > 63) throw new IllegalStateException("varint too long at byte " + position);
            }
        }
    }
}
