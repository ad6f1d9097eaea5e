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
 * is derived from it. Two opens with equal fingerprints may share a cache file.
 */
public record Fingerprint(String key, String description) {

    private static final int SAMPLE = 64 * 1024;

    /**
     * @param files  the log's files in reading order (one for a plain file)
     * @param salt   options that change the derived data (format, profile, reader options)
     */
    public static Fingerprint of(Path log, List<Path> files, String salt) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        update(digest, log.toAbsolutePath().normalize().toString());
        update(digest, salt == null ? "" : salt);
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
        String hex = HexFormat.of().formatHex(digest.digest()).substring(0, 24);
        String name = log.getFileName() == null ? "log" : log.getFileName().toString();
        return new Fingerprint(hex, name + " (" + files.size() + " file(s), " + total + " bytes)");
    }

    private static void update(MessageDigest digest, String s) {
        digest.update(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
