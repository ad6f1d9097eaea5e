package dev.chronoscope.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a JSON file holds its records, judged from its first bytes: a top-level array; JSON Lines
 * (the first line is a whole value, the fast path); or values spread over several lines
 * (pretty-printed records one after another), which need the streaming parser.
 *
 * <p>The first line alone can mislead: a record cut short looks like the start of a pretty-printed
 * one, and a stray array looks like an array file. When the lines after it are mostly whole JSON
 * objects, the file is JSON Lines and its first line is one bad record among good ones, reported
 * with its own line number.
 */
enum FileShape {
    ARRAY, LINES, CONCATENATED;

    static final int HEAD = 1 << 16;
    /** Lines after the first that are looked at to judge whether a file is JSON Lines. */
    private static final int LINES_JUDGED = 32;

    static FileShape of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        boolean wholeFile = head.length < HEAD;
        int i = skipBomAndWhitespace(head);
        if (i == head.length) return LINES;
        if (head[i] != '[' && head[i] != '{') return LINES;
        int nl = i;
        while (nl < head.length && head[nl] != '\n') nl++;
        if (nl == head.length) return head[i] == '[' ? ARRAY : LINES;
        boolean firstLineWhole;
        try {
            Jsons.TREE_READER.readTree(head, i, nl - i);
            firstLineWhole = true;
        } catch (JsonProcessingException e) {
            if (head[i] == '{' && !Jsons.endOfInput(e)) return LINES;
            firstLineWhole = false;
        }
        if (head[i] == '{' && firstLineWhole) return LINES;
        boolean objectLines = objectLinesFollow(head, i, wholeFile);
        if (head[i] == '[') return firstLineWhole && objectLines ? LINES : ARRAY;
        return objectLines ? LINES : CONCATENATED;
    }

    /**
     * True when at least half of the non-blank lines after the one starting at {@code from} (the
     * first {@value #LINES_JUDGED} whole lines of the head) are each one complete JSON object: the
     * mark of JSON Lines, whatever the first line holds. A pretty-printed record has few such lines
     * and a text log none.
     */
    static boolean objectLinesFollow(byte[] head, int from, boolean wholeFile) {
        int start = from;
        while (start < head.length && head[start] != '\n') start++;
        int judged = 0, objects = 0;
        while (++start < head.length && judged < LINES_JUDGED) {
            int end = start;
            while (end < head.length && head[end] != '\n') end++;
            if (end == head.length && !wholeFile) break;
            int s = start, e = end;
            while (s < e && Jsons.isWhitespace(head[s])) s++;
            while (e > s && Jsons.isWhitespace(head[e - 1])) e--;
            if (s < e) {
                judged++;
                if (isObject(head, s, e)) objects++;
            }
            start = end;
        }
        return objects > 0 && objects * 2 >= judged;
    }

    private static boolean isObject(byte[] b, int start, int end) {
        if (b[start] != '{' || b[end - 1] != '}') return false;
        try {
            return Jsons.TREE_READER.readTree(b, start, end - start) instanceof ObjectNode;
        } catch (IOException e) {
            return false;
        }
    }

    static int skipBomAndWhitespace(byte[] head) {
        int i = 0;
        if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) i = 3;
        while (i < head.length && Jsons.isWhitespace(head[i])) i++;
        return i;
    }
}
