package dev.chronoscope.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Chrome Trace Event format (Chrome/Perfetto JSON, {@code chrome://tracing} exports, Node's
 * {@code node_trace.*.log}): both the array and the {@code {"traceEvents": [...]}} object form,
 * streamed. See {@link ChromeTraceReader} for how records become events; the reader also
 * implements {@link LaneLabels} (process/thread names from metadata). Built-in profile:
 * {@code chrome}.
 */
public final class ChromeTraceFormat implements LogFormat {

    private static final int HEAD = 1 << 16;
    /** How far into an object the sniffer looks for its traceEvents key before calling it no trace. */
    private static final int KEY_SCAN_BYTES = 4 << 20;

    @Override
    public String name() {
        return "chrome";
    }

    /**
     * 95 for an object whose keys include {@code traceEvents}; 90 for an array whose first object
     * has {@code ph} and {@code ts} or {@code pid}; a Node trace file name adds certainty.
     */
    @Override
    public int sniff(LogInput input) throws IOException {
        byte[] head = input.head(HEAD);
        int start = firstSignificant(head);
        if (start < 0) return 0;
        boolean nodeName = !input.files().isEmpty() && isNodeTraceName(input.files().get(0));
        int score = 0;
        if (head[start] == '{') {
            if (hasTraceEventsKey(input, head)) score = 95;
        } else if (head[start] == '[' && firstElementLooksLikeTraceEvent(head, start)) {
            score = 90;
        }
        return score > 0 && nodeName ? 100 : score;
    }

    /**
     * Whether the object has a top-level key {@code traceEvents}. Keys may come in any order, and
     * writers such as DevTools put a {@code metadata} object first, which can outgrow the head: when
     * the head does not name the key, the top-level keys in the first {@link #KEY_SCAN_BYTES} of
     * the file are walked, their values skipped.
     */
    private static boolean hasTraceEventsKey(LogInput input, byte[] head) throws IOException {
        if (new String(head, StandardCharsets.UTF_8).contains("\"traceEvents\"")) return true;
        if (head.length < HEAD || input.files().isEmpty()) return false;
        byte[] start;
        try (InputStream in = Files.newInputStream(input.files().get(0))) {
            start = in.readNBytes(KEY_SCAN_BYTES);
        }
        try (JsonParser p = ChromeJsonStream.FACTORY.createParser(start)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                if (p.currentName().equals("traceEvents")) return true;
                p.nextToken();
                p.skipChildren();
            }
            return false;
        } catch (IOException e) {
            return false; // broken, or no traceEvents key in the bytes looked at: not recognisably a trace
        }
    }

    private static boolean firstElementLooksLikeTraceEvent(byte[] head, int start) throws IOException {
        try (JsonParser p = ChromeJsonStream.FACTORY.createParser(head, start, head.length - start)) {
            p.setCodec(ChromeJsonStream.MAPPER);
            if (p.nextToken() != JsonToken.START_ARRAY) return false;
            if (p.nextToken() != JsonToken.START_OBJECT) return false;
            JsonNode first = p.readValueAsTree();
            return first.has("ph") && (first.has("ts") || first.has("pid"));
        } catch (IOException e) {
            // The first element is larger than the head or broken: fall back to its first bytes.
            String text = new String(head, start, Math.min(head.length - start, 2048), StandardCharsets.UTF_8);
            return text.contains("\"ph\"") && (text.contains("\"ts\"") || text.contains("\"pid\""));
        }
    }

    private static int firstSignificant(byte[] head) {
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) i = 3;
        while (i < head.length && Character.isWhitespace(head[i])) i++;
        return i < head.length ? i : -1;
    }

    static boolean isNodeTraceName(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("node_trace.") && name.endsWith(".log");
    }

    @Override
    public EventReader open(LogInput input, ReadContext context) throws IOException {
        return new ChromeTraceReader(input, context);
    }

    @Override
    public String defaultProfile() {
        return "chrome";
    }
}
