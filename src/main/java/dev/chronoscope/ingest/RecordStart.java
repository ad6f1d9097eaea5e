package dev.chronoscope.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Finds where reading can resume after a syntax error: the next line that starts with '{'. */
final class RecordStart {
    private RecordStart() {}

    private static final int LOOK_BACK = 256;

    /** True when byte {@code offset} is a '{' with only blanks before it on its line. */
    static boolean beginsLine(Path path, long offset) throws IOException {
        long from = Math.max(0, offset - LOOK_BACK);
        byte[] window = new byte[(int) (offset - from + 1)];
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(window);
            while (buffer.hasRemaining() && channel.read(buffer, from + buffer.position()) > 0) {
                // read the whole window
            }
            if (buffer.hasRemaining()) return false;
        }
        if (window[window.length - 1] != '{') return false;
        for (int i = window.length - 2; i >= 0; i--) {
            byte b = window[i];
            if (b == '\n') return true;
            if (b != ' ' && b != '\t' && b != '\r') return false;
        }
        return from == 0;
    }

    /**
     * From byte {@code offset} (which lies on line {@code line}), skips to the end of that line and
     * returns {byte offset, line number} of the first later line whose first non-blank character
     * is '{', or null when there is none.
     */
    static long[] after(Path path, long offset, long line) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.position(offset);
            InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
            long position = offset;
            long currentLine = line;
            boolean atLineStart = false;
            long lineStartOffset = -1;
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    currentLine++;
                    atLineStart = true;
                    lineStartOffset = position + 1;
                } else if (atLineStart && b != ' ' && b != '\t' && b != '\r') {
                    if (b == '{') return new long[] {lineStartOffset, currentLine};
                    atLineStart = false;
                }
                position++;
            }
            return null;
        }
    }
}
