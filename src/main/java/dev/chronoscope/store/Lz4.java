package dev.chronoscope.store;

import java.util.Arrays;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4FastDecompressor;

/** LZ4 block compression with the raw length in front (4 bytes, big endian). */
final class Lz4 {
    private static final LZ4Factory FACTORY = LZ4Factory.fastestInstance();
    private static final LZ4Compressor COMPRESSOR = FACTORY.fastCompressor();
    private static final LZ4FastDecompressor DECOMPRESSOR = FACTORY.fastDecompressor();

    private Lz4() {}

    static byte[] compress(byte[] raw, int len) {
        byte[] out = new byte[4 + COMPRESSOR.maxCompressedLength(len)];
        out[0] = (byte) (len >>> 24);
        out[1] = (byte) (len >>> 16);
        out[2] = (byte) (len >>> 8);
        out[3] = (byte) len;
        int n = COMPRESSOR.compress(raw, 0, len, out, 4, out.length - 4);
        return Arrays.copyOf(out, 4 + n);
    }

    static byte[] decompress(byte[] packed) {
        if (packed == null || packed.length < 4) throw new CorruptStoreException("compressed block too short");
        int len = ((packed[0] & 0xFF) << 24) | ((packed[1] & 0xFF) << 16) | ((packed[2] & 0xFF) << 8) | (packed[3] & 0xFF);
        if (len < 0 || len > (1 << 30)) throw new CorruptStoreException("compressed block has bad length " + len);
        byte[] raw = new byte[len];
        try {
            int used = DECOMPRESSOR.decompress(packed, 4, raw, 0, len);
            if (used != packed.length - 4) throw new CorruptStoreException("compressed block has trailing bytes");
        } catch (LZ4Exception e) {
            throw new CorruptStoreException("compressed block does not decode: " + e.getMessage());
        }
        return raw;
    }
}
