package dev.chronoscope.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Identifies one version of a log: its absolute path, size, modification time and a hash of a
 * content sample (head, tail and {@link #BLOCKS} blocks between them, of each file), plus the format/profile options that change what
 * is derived from it and the engine generation that derived it. Two opens with equal
 * fingerprints may share a cache file.
 *
 * <p>The key's first {@link #LOG_PART} characters stand for the log alone (its path and options),
 * the rest for this version of it: every version of one log shares that start, so the catalog can
 * find a log's superseded caches (the log grew, the engine changed) and delete them.
 */
public record Fingerprint(String key, String description) {

    /** Leading characters of a key that stand for the log itself, the same for all its versions. */
    public static final int LOG_PART = 12;
    private static final int SAMPLE = 64 * 1024;
    /**
     * Blocks read between the head and the tail, evenly spread, so that a change inside a large
     * log that kept its size and modification time (a rewrite within the clock's resolution, a
     * copy that kept the time) is seen where it touches one of them. 16 blocks of 4 KB are 16
     * page reads: about as cheap as the head alone, even on a 150 MB log.
     */
    static final int BLOCKS = 16;
    static final int BLOCK = 4 * 1024;
    /** Names what the content sample covers: a key made by an older sampling is another version. */
    private static final String SAMPLING = "sample=head64k+16x4k+tail64k";

    /**
     * @param files       the log's files in reading order (one for a plain file)
     * @param options     options that change the derived data (format, profile, reader options)
     * @param generation  the engine's version: a cache of another generation is another version
     */
    public static Fingerprint of(Path log, List<Path> files, String options, String generation) throws IOException {
        String path = log.toAbsolutePath().normalize().toString();
        MessageDigest logDigest = sha256();
        update(logDigest, path);
        update(logDigest, options == null ? "" : options);
        MessageDigest digest = sha256();
        update(digest, path);
        update(digest, options == null ? "" : options);
        update(digest, generation);
        update(digest, SAMPLING);
        long total = 0;
        for (Path f : files) {
            long size = Files.size(f);
            total += size;
            update(digest, f.getFileName().toString());
            update(digest, Long.toString(size));
            update(digest, Long.toString(Files.getLastModifiedTime(f).toMillis()));
            try (FileChannel channel = FileChannel.open(f, StandardOpenOption.READ)) {
                for (long[] range : sampleRanges(size)) digest.update(read(channel, range[0], (int) range[1]));
            }
        }
        String hex = HexFormat.of().formatHex(logDigest.digest()).substring(0, LOG_PART)
                + HexFormat.of().formatHex(digest.digest()).substring(0, 24 - LOG_PART);
        String name = log.getFileName() == null ? "log" : log.getFileName().toString();
        return new Fingerprint(hex, name + " (" + files.size() + " file(s), " + total + " bytes)");
    }

    /**
     * The byte ranges ({@code [start, length]}) of a file of {@code size} bytes that the key
     * hashes, in file order: the head, {@link #BLOCKS} blocks spread evenly between head and tail
     * (the first and last touching them), and the tail. A file no larger than all of those together is read whole.
     */
    static List<long[]> sampleRanges(long size) {
        if (size <= 2L * SAMPLE + (long) BLOCKS * BLOCK) return List.of(new long[] {0, size});
        List<long[]> ranges = new ArrayList<>(BLOCKS + 2);
        ranges.add(new long[] {0, SAMPLE});
        long tailStart = size - SAMPLE;
        long room = tailStart - SAMPLE - BLOCK;
        for (int i = 0; i < BLOCKS; i++) ranges.add(new long[] {SAMPLE + room * i / (BLOCKS - 1), BLOCK});
        ranges.add(new long[] {tailStart, SAMPLE});
        return ranges;
    }

    private static ByteBuffer read(FileChannel channel, long start, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, start + buffer.position()) < 0) break;
        }
        return buffer.flip();
    }

    /** The start of the key shared by every version of this log read with these options. */
    public String logPart() {
        return key.substring(0, Math.min(LOG_PART, key.length()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String s) {
        digest.update(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
