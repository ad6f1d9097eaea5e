package dev.chronoscope.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a JSON file holds its records, judged from its first bytes: a top-level array; JSON Lines
 * (the first line is a whole value, the fast path); or values spread over several lines
 * (pretty-printed records one after another), which need the streaming parser.
 */
enum FileShape {
    ARRAY, LINES, CONCATENATED;

    private static final int HEAD = 1 << 16;

    static FileShape of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        int i = skipBomAndWhitespace(head);
        if (i == head.length) return LINES;
        if (head[i] == '[') return ARRAY;
        if (head[i] != '{') return LINES;
        int nl = i;
        while (nl < head.length && head[nl] != '\n') nl++;
        if (nl == head.length) return LINES;
        try {
            Jsons.TREE_READER.readTree(head, i, nl - i);
            return LINES;
        } catch (JsonProcessingException e) {
            return Jsons.endOfInput(e) ? CONCATENATED : LINES;
        }
    }

    static int skipBomAndWhitespace(byte[] head) {
        int i = 0;
        if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) i = 3;
        while (i < head.length && Jsons.isWhitespace(head[i])) i++;
        return i;
    }
}
