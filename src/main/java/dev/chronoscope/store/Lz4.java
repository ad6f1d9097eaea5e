package dev.chronoscope.store;

import java.util.Arrays;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4FastDecompressor;
import net.jpountz.xxhash.XXHash32;
import net.jpountz.xxhash.XXHashFactory;

/**
 * LZ4 block compression. A block starts with the raw length and an xxHash32 of the compressed
 * bytes (4 bytes each, big endian), so that damaged blocks are reported rather than decoded into
 * wrong events.
 */
final class Lz4 {
    private static final LZ4Factory FACTORY = LZ4Factory.fastestInstance();
    private static final LZ4Compressor COMPRESSOR = FACTORY.fastCompressor();
    private static final LZ4FastDecompressor DECOMPRESSOR = FACTORY.fastDecompressor();
    private static final XXHash32 HASH = XXHashFactory.fastestInstance().hash32();
    private static final int SEED = 0x43524F4E;
    private static final int HEADER = 8;

    private Lz4() {}

    static byte[] compress(byte[] raw, int len) {
        byte[] out = new byte[HEADER + COMPRESSOR.maxCompressedLength(len)];
        return Arrays.copyOf(out, pack(raw, len, out));
    }

    /** Compresses raw[0, len) into out (room for the worst case); returns the packed length. */
    private static int pack(byte[] raw, int len, byte[] out) {
        int n = COMPRESSOR.compress(raw, 0, len, out, HEADER, out.length - HEADER);
        putInt(out, 0, len);
        putInt(out, 4, HASH.hash(out, HEADER, n, SEED));
        return HEADER + n;
    }

    /**
     * Compresses block after block through one worst-case buffer, so that each block costs one
     * array of its packed size. One thread only.
     */
    static final class Packer {
        private byte[] out = new byte[0];

        byte[] compress(byte[] raw, int len) {
            int worst = HEADER + COMPRESSOR.maxCompressedLength(len);
            if (out.length < worst) out = new byte[worst];
            return Arrays.copyOf(out, pack(raw, len, out));
        }
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    static int getInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    static byte[] decompress(byte[] packed) {
        if (packed == null || packed.length < HEADER) throw new CorruptStoreException("compressed block too short");
        int len = getInt(packed, 0);
        if (len < 0 || len > (1 << 30)) throw new CorruptStoreException("compressed block has bad length " + len);
        if (HASH.hash(packed, HEADER, packed.length - HEADER, SEED) != getInt(packed, 4)) {
            throw new CorruptStoreException("compressed block fails its checksum");
        }
        byte[] raw = new byte[len];
        try {
            int used = DECOMPRESSOR.decompress(packed, HEADER, raw, 0, len);
            if (used != packed.length - HEADER) throw new CorruptStoreException("compressed block has trailing bytes");
        } catch (LZ4Exception e) {
            throw new CorruptStoreException("compressed block does not decode: " + e.getMessage());
        }
        return raw;
    }
}
