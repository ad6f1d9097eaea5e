package dev.chronoscope.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Identifies one version of a log: its absolute path, size, modification time and a hash of a
 * content sample (head and tail of each file), plus the format/profile options that change what
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
        long total = 0;
        for (Path f : files) {
            long size = Files.size(f);
            total += size;
            update(digest, f.getFileName().toString());
            update(digest, Long.toString(size));
            update(digest, Long.toString(Files.getLastModifiedTime(f).toMillis()));
            try (InputStream in = Files.newInputStream(f)) {
                byte[] head = in.readNBytes(SAMPLE);
                digest.update(head);
                long tailStart = size - SAMPLE;
                if (tailStart > head.length) {
                    in.skipNBytes(tailStart - head.length);
                    digest.update(in.readNBytes(SAMPLE));
                }
            }
        }
        String hex = HexFormat.of().formatHex(logDigest.digest()).substring(0, LOG_PART)
                + HexFormat.of().formatHex(digest.digest()).substring(0, 24 - LOG_PART);
        String name = log.getFileName() == null ? "log" : log.getFileName().toString();
        return new Fingerprint(hex, name + " (" + files.size() + " file(s), " + total + " bytes)");
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
