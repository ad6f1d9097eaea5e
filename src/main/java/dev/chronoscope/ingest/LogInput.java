package dev.chronoscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the user opened: one file, or a folder whose regular files (sorted by name, hidden files
 * skipped) are read in turn as one log.
 */
public record LogInput(Path path, List<Path> files, long totalBytes) {

    public static LogInput of(Path path) throws IOException {
        if (!Files.exists(path)) throw new java.nio.file.NoSuchFileException(path.toString(), null, "no such file or folder");
        if (!Files.isDirectory(path) && !Files.isRegularFile(path)) {
            // A log is read more than once (sniffed, then read, then fingerprinted by size and time):
            // a pipe would be read empty the second time, and a FIFO would wait for a writer forever.
            throw new IOException("not a file but a pipe, FIFO or device; save the log to a file and open that");
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                s.filter(Files::isRegularFile)
                 .filter(p -> !p.getFileName().toString().startsWith("."))
                 .sorted()
                 .forEach(files::add);
            }
        } else {
            files.add(path);
        }
        long total = 0;
        for (Path f : files) total += Files.size(f);
        return new LogInput(path, List.copyOf(files), total);
    }

    public boolean isFolder() {
        return Files.isDirectory(path);
    }

    /** Up to n bytes from the start of the first file (empty when there is none). */
    public byte[] head(int n) throws IOException {
        if (files.isEmpty()) return new byte[0];
        try (InputStream in = Files.newInputStream(files.get(0))) {
            return in.readNBytes(n);
        }
    }
}
