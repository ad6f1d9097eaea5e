package dev.chronoscope.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a JSON reader can start again after a syntax error: the next line (after the error) whose
 * first non-blank character is '{'. Trace writers put one record per line, so this skips exactly
 * the broken record instead of the rest of the log.
 */
final class JsonResync {

    /** A place to restart: byte offset of the '{' and its 1-based line. */
    record Point(long byteOffset, long line) {}

    private JsonResync() {}

    /** The next restart point after byte {@code from} (which lies on line {@code line}), or null at the end. */
    static Point after(Path file, long from, long line) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.skipNBytes(Math.max(0, from));
            long offset = Math.max(0, from);
            long currentLine = line;
            boolean lineStart = false;
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    currentLine++;
                    lineStart = true;
                } else if (lineStart && b == '{') {
                    return new Point(offset, currentLine);
                } else if (b != ' ' && b != '\t' && b != '\r') {
                    lineStart = false;
                }
                offset++;
            }
            return null;
        }
    }

    /** The file from byte {@code offset} on. */
    static InputStream openAt(Path file, long offset) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(offset);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return in;
    }
}
