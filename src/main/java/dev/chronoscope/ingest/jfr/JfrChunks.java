package dev.chronoscope.ingest.jfr;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the chunk headers of a JFR file ({@code FLR\0}, versions, then the chunk's size in bytes
 * at offset 8) to find how much of the file is made of complete chunks. A chunk is self-contained
 * (its constant pools and metadata sit at its end), so every complete chunk before a cut is
 * readable, while a cut chunk is not at all.
 */
final class JfrChunks {
    static final byte[] MAGIC = {'F', 'L', 'R', 0};
    private static final int HEADER = 68;
    /** Record type ids that are not events: the metadata and the constant pools (checkpoints). */
    private static final long METADATA_TYPE = 0;
    private static final long CHECKPOINT_TYPE = 1;

    /**
     * @param readableBytes length of the prefix made of complete chunks
     * @param starts        byte offset of each complete chunk, in file order
     * @param problem       null when the whole file is complete chunks
     * @param problemAt     byte offset of the chunk the problem is in
     */
    record Prefix(long readableBytes, List<Long> starts, String problem, long problemAt) {
        boolean whole() {
            return problem == null;
        }

        int chunks() {
            return starts.size();
        }

        /** Where chunk {@code index} (from 0) ends: where the next one starts, or the readable prefix ends. */
        long end(int index) {
            return index + 1 < starts.size() ? starts.get(index + 1) : readableBytes;
        }
    }

    /**
     * Where the parser stopped: in chunk {@code index} (from 0), which starts at byte {@code start},
     * after reading {@code eventsRead} of its events.
     */
    record Stop(int index, long start, long eventsRead) {}

    private JfrChunks() {}

    static Prefix scan(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = ch.size();
            long offset = 0;
            List<Long> starts = new ArrayList<>();
            ByteBuffer header = ByteBuffer.allocate(16);
            while (offset < length) {
                int chunks = starts.size();
                header.clear();
                while (header.hasRemaining() && ch.read(header, offset + header.position()) >= 0) {
                    // a positional read may return fewer bytes than asked; keep reading the header
                }
                if (header.position() < 16) {
                    return new Prefix(offset, starts, "chunk " + (chunks + 1) + " is cut short: only "
                            + (length - offset) + " bytes of its header are present", offset);
                }
                for (int i = 0; i < 4; i++) {
                    if (header.get(i) != MAGIC[i]) {
                        return new Prefix(offset, starts, "no JFR chunk header (FLR\\0) at byte " + offset, offset);
                    }
                }
                long size = header.getLong(8);
                if (size == 0) {
                    return new Prefix(offset, starts, "chunk " + (chunks + 1) + " was never finished (size 0: the recording "
                            + "was still being written)", offset);
                }
                if (size < HEADER || offset + size > length) {
                    return new Prefix(offset, starts, "chunk " + (chunks + 1) + " declares " + size + " bytes but the file ends "
                            + (length - offset) + " bytes after its start: the file is cut short", offset);
                }
                starts.add(offset);
                offset += size;
            }
            return new Prefix(offset, starts, null, -1);
        }
    }

    /**
     * Finds the chunk the JDK's parser was in when it failed after {@code eventsRead} events of the
     * file. The parser reads chunks in file order and every event record of a chunk (its records are
     * a size, a type id, then the payload, all after the 68-byte header), so counting each chunk's
     * event records, without decoding them, tells how many chunks it had finished: the stop is in
     * the first chunk whose events run past {@code eventsRead}, or whose records cannot be walked.
     */
    static Stop locate(Path file, Prefix prefix, long eventsRead) throws IOException {
        long before = 0;
        int last = prefix.chunks() - 1;
        for (int i = 0; i < last; i++) {
            long start = prefix.starts().get(i);
            long events = eventRecords(file, start, prefix.end(i));
            if (events < 0 || before + events > eventsRead) return new Stop(i, start, eventsRead - before);
            before += events;
        }
        return new Stop(last, prefix.starts().get(last), eventsRead - before);
    }

    /** The number of event records in the chunk at [start, end), or -1 when its record sizes do not add up. */
    static long eventRecords(Path file, long start, long end) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ch.position(start + HEADER);
            Varints in = new Varints(new BufferedInputStream(Channels.newInputStream(ch), 1 << 16), start + HEADER);
            long events = 0;
            while (in.position < end) {
                long recordStart = in.position;
                long size = in.next();
                if (size <= 0 || recordStart + size > end) return -1;
                long type = in.next();
                if (in.position > recordStart + size) return -1;
                if (type != METADATA_TYPE && type != CHECKPOINT_TYPE) events++;
                in.skipTo(recordStart + size);
            }
            return events;
        } catch (EOFException damaged) {
            return -1;
        }
    }

    /** JFR's variable-length integers: 7 bits a byte, low bits first, the ninth byte whole. */
    private static final class Varints {
        private final InputStream in;
        long position;

        Varints(InputStream in, long position) {
            this.in = in;
            this.position = position;
        }

        long next() throws IOException {
            long value = 0;
            for (int i = 0; i < 9; i++) {
                int b = in.read();
                if (b < 0) throw new EOFException();
                position++;
                if (i == 8) return value | ((long) b << 56);
                value |= (long) (b & 0x7F) << (7 * i);
                if ((b & 0x80) == 0) return value;
            }
            return value;
        }

        void skipTo(long target) throws IOException {
            while (position < target) {
                long skipped = in.skip(target - position);
                if (skipped <= 0) {
                    if (in.read() < 0) throw new EOFException();
                    skipped = 1;
                }
                position += skipped;
            }
        }
    }
}
