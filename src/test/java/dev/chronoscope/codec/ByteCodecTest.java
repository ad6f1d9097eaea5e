package dev.chronoscope.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Round trips at the boundaries, and the exact bytes of each encoding, which cache files depend on. */
class ByteCodecTest {
    private static final long[] LONGS = {0, 1, 63, 64, 127, 128, 16_383, 16_384, Integer.MAX_VALUE,
            0xFFFFFFFFL, 1L << 56, Long.MAX_VALUE, -1, -64, -65, Integer.MIN_VALUE, Long.MIN_VALUE};

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) out[i] = (byte) values[i];
        return out;
    }

    @Test
    void varLongsAndZigZagsRoundTripAtTheirBoundaries() {
        ByteSink sink = new ByteSink(1);
        for (long v : LONGS) {
            sink.writeVarLong(v);
            sink.writeZigZag(v);
        }
        ByteSource in = new ByteSource(sink.toByteArray());
        for (long v : LONGS) {
            assertEquals(v, in.readVarLong());
            assertEquals(v, in.readZigZag());
        }
        assertFalse(in.hasMore());
    }

    @Test
    void varIntsAreUnsigned32BitAndFixedWidthIsBigEndian() {
        int[] ints = {0, 127, 128, Integer.MAX_VALUE, -1, Integer.MIN_VALUE};
        ByteSink sink = new ByteSink();
        for (int v : ints) {
            sink.writeVarInt(v);
            sink.writeInt(v);
            sink.writeLong(v * 31L);
        }
        ByteSource in = new ByteSource(sink.toByteArray());
        for (int v : ints) {
            assertEquals(v, in.readVarInt());
            assertEquals(v, in.readInt());
            assertEquals(v * 31L, in.readLong());
        }
        assertFalse(in.hasMore());
    }

    @Test
    void integerEncodingsHaveTheirExactBytes() {
        ByteSink sink = new ByteSink();
        sink.writeVarLong(300);
        sink.writeVarInt(-1);
        sink.writeZigZag(-1);
        sink.writeZigZag(1);
        sink.writeInt(0x01020304);
        sink.writeLong(0x0102030405060708L);
        assertArrayEquals(bytes(0xAC, 0x02, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x01, 0x02,
                1, 2, 3, 4, 1, 2, 3, 4, 5, 6, 7, 8), sink.toByteArray());
        sink.reset();
        sink.writeVarLong(-1);
        assertEquals(10, sink.length());
    }

    @Test
    void storeStringsAreTaggedModifiedUtf8() {
        ByteSink sink = new ByteSink();
        sink.writeString("ab");
        sink.writeString("é");
        sink.writeString("\uD800");
        assertArrayEquals(bytes(5, 'a', 'b', 4, 0xC3, 0xA9, 6, 0xED, 0xA0, 0x80), sink.toByteArray());
    }

    @Test
    void replayStringsArePlainUtf8() {
        ByteSink sink = new ByteSink();
        sink.writeUtf8("ab");
        sink.writeUtf8("é");
        sink.writeUtf8("x/yé", 2);
        assertArrayEquals(bytes(2, 'a', 'b', 2, 0xC3, 0xA9, 3, 'y', 0xC3, 0xA9), sink.toByteArray());
    }

    @Test
    void stringsRoundTripInBothEncodings() {
        List<String> texts = List.of("", "a", "a".repeat(63), "a".repeat(64), "a".repeat(5000),
                "\u007F\u0080\u07FF\u0800\uFFFF", "emoji \uD83D\uDE00 pair", "k\u00E9y".repeat(40), "日本語");
        ByteSink sink = new ByteSink(16);
        for (String s : texts) {
            sink.writeString(s);
            sink.writeUtf8(s);
            sink.writeUtf8(s, s.length() / 2);
        }
        sink.writeString("lone \uDC00 surrogate");
        ByteSource in = new ByteSource(sink.toByteArray());
        for (String s : texts) {
            assertEquals(s, in.readString());
            assertEquals(s, in.readUtf8());
            assertEquals(s.substring(s.length() / 2), in.readUtf8());
        }
        assertEquals("lone \uDC00 surrogate", in.readString());
        assertFalse(in.hasMore());
    }

    @Test
    void bytesRoundTripWithAndWithoutLength() {
        ByteSink sink = new ByteSink();
        sink.writeBytes(bytes(9, 8, 7));
        sink.writeRaw(bytes(1, 2, 3, 4), 1, 2);
        sink.writeByte(0xFF);
        assertArrayEquals(bytes(3, 9, 8, 7, 2, 3, 0xFF), sink.toByteArray());
        ByteSource in = new ByteSource(sink.array(), 0, sink.length());
        assertArrayEquals(bytes(9, 8, 7), in.readBytes());
        assertArrayEquals(bytes(2, 3), in.readRaw(2));
        assertEquals(0xFF, in.readByte());
        assertEquals(sink.length(), in.position());
    }

    @Test
    void aSliceIsNeverReadPastItsEnd() {
        byte[] data = bytes(0x7F, 0x05, 0x06, 0x07);
        ByteSource in = new ByteSource(data, 1, 3);
        assertEquals(5, in.readVarLong());
        assertEquals(6, in.readByte());
        assertFalse(in.hasMore());
        assertThrows(MalformedBytesException.class, in::readByte);
    }

    @Test
    void malformedBytesAreReportedWithWhatAndWhere() {
        MalformedBytesException cut = assertThrows(MalformedBytesException.class,
                () -> new ByteSource(bytes(0x80, 0x80), "test data").readVarLong());
        assertEquals("corrupt test data at byte 2 of 2: needs 1 more byte(s)", cut.getMessage());
        byte[] eleven = bytes(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01);
        assertTrue(assertThrows(MalformedBytesException.class, () -> new ByteSource(eleven).readVarLong())
                .getMessage().contains("varint longer than 10 bytes"));
        assertThrows(MalformedBytesException.class, () -> new ByteSource(bytes(5, 'a')).readLength());
        assertThrows(MalformedBytesException.class, () -> new ByteSource(bytes(5, 'a')).readUtf8());
        assertThrows(MalformedBytesException.class, () -> new ByteSource(bytes(11, 'a')).readString());
        assertThrows(MalformedBytesException.class, () -> new ByteSource(bytes(4, 0xE0, 0x80)).readString());
        assertThrows(MalformedBytesException.class, () -> new ByteSource(bytes(3, 'a')).readBytes());
    }

    @Test
    void resetAndShrinkGivesBackOnlyAHugeBuffer() {
        ByteSink sink = new ByteSink(64);
        sink.writeRaw(new byte[1000]);
        sink.resetAndShrink();
        assertEquals(0, sink.length());
        assertTrue(sink.array().length >= 1000, "a modest buffer is kept for reuse");
        sink.writeRaw(new byte[ByteSink.SHRINK_ABOVE + 1]);
        sink.reset();
        assertTrue(sink.array().length > ByteSink.SHRINK_ABOVE, "plain reset keeps the capacity");
        sink.resetAndShrink();
        assertEquals(64, sink.array().length);
        sink.writeVarLong(1);
        assertArrayEquals(bytes(1), sink.toByteArray());
    }
}
