package dev.chronoscope.ingest.jfr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Walks the chunk headers of a JFR file ({@code FLR\0}, versions, then the chunk's size in bytes
 * at offset 8) to find how much of the file is made of complete chunks. A chunk is self-contained
 * (its constant pools and metadata sit at its end), so every complete chunk before a cut is
 * readable, while a cut chunk is not at all.
 */
final class JfrChunks {
    static final byte[] MAGIC = {'F', 'L', 'R', 0};
    private static final int HEADER = 68;

    /**
     * @param readableBytes length of the prefix made of complete chunks
     * @param problem       null when the whole file is complete chunks
     * @param problemAt     byte offset of the chunk the problem is in
     */
    record Prefix(long readableBytes, int chunks, String problem, long problemAt) {
        boolean whole() {
            return problem == null;
        }
    }

    private JfrChunks() {}

    static Prefix scan(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = ch.size();
            long offset = 0;
            int chunks = 0;
            ByteBuffer header = ByteBuffer.allocate(16);
            while (offset < length) {
                header.clear();
                while (header.hasRemaining() && ch.read(header, offset + header.position()) >= 0) {
                    // a positional read may return fewer bytes than asked; keep reading the header
                }
                if (header.position() < 16) {
                    return new Prefix(offset, chunks, "chunk " + (chunks + 1) + " is cut short: only "
                            + (length - offset) + " bytes of its header are present", offset);
                }
                for (int i = 0; i < 4; i++) {
                    if (header.get(i) != MAGIC[i]) {
                        return new Prefix(offset, chunks, "no JFR chunk header (FLR\\0) at byte " + offset, offset);
                    }
                }
                long size = header.getLong(8);
                if (size == 0) {
                    return new Prefix(offset, chunks, "chunk " + (chunks + 1) + " was never finished (size 0: the recording "
                            + "was still being written)", offset);
                }
                if (size < HEADER || offset + size > length) {
                    return new Prefix(offset, chunks, "chunk " + (chunks + 1) + " declares " + size + " bytes but the file ends "
                            + (length - offset) + " bytes after its start: the file is cut short", offset);
                }
                offset += size;
                chunks++;
            }
            return new Prefix(offset, chunks, null, -1);
        }
    }
}
