package dev.chronoscope.store;

import java.io.IOException;
import org.mapdb.DataOutput2;
import org.mapdb.serializer.SerializerByteArray;

/**
 * MapDB's byte[] serializer (same bytes on disk) that writes each block through one reused
 * buffer per thread. MapDB serializes every value into a fresh 128-byte buffer and regrows it to
 * the next power of two above the value, so each block put used to cost an array up to twice its
 * size; the serialized bytes are copied into the file before put returns, so the buffer can be
 * handed to the next put on the same thread.
 */
final class BlockSerializer extends SerializerByteArray {
    static final BlockSerializer INSTANCE = new BlockSerializer();

    /** Buffers above this size are not kept: one huge value must not stay pinned. */
    private static final int KEEP_AT_MOST = 1 << 20;
    /** A varint length before the bytes takes at most this many bytes. */
    private static final int LENGTH_BYTES = 5;

    private final ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[1 << 12]);

    private BlockSerializer() {}

    @Override
    public void serialize(DataOutput2 out, byte[] value) throws IOException {
        int needed = value.length + LENGTH_BYTES;
        if (out.pos == 0 && needed <= KEEP_AT_MOST) {
            byte[] buffer = buffers.get();
            if (buffer.length < needed) {
                buffer = new byte[Integer.highestOneBit(needed) << 1];
                buffers.set(buffer);
            }
            // DataOutput2 expects a power-of-two buffer and the mask of its length
            out.buf = buffer;
            out.sizeMask = -buffer.length;
        }
        super.serialize(out, value);
    }
}
