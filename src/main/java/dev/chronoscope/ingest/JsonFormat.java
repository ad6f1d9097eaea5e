package dev.chronoscope.ingest;

import java.io.IOException;

/**
 * JSON logs: JSON Lines, a top-level array of records (lenient about trailing commas and a missing
 * closing bracket), or pretty-printed records one after another. Sniffing scores
 * {@value #SCORE_JSON} for anything that starts like JSON, so that formats with a more specific
 * JSON dialect (Chrome traces, OTLP) win by scoring higher; an empty file is JSON with no events.
 * A file whose first line is not JSON but whose next lines are mostly JSON objects is JSON Lines.
 */
public final class JsonFormat implements LogFormat {
    static final int SCORE_JSON = 50;
    /** Lower than {@link #SCORE_JSON}: the file does not start like JSON, only goes on like it. */
    static final int SCORE_JSON_LINES_AFTER_JUNK = 30;
    static final int SCORE_EMPTY = 5;

    @Override
    public String name() {
        return "json";
    }

    @Override
    public int sniff(LogInput input) throws IOException {
        byte[] head = input.head(256);
        int i = FileShape.skipBomAndWhitespace(head);
        if (i == head.length) return SCORE_EMPTY;
        if (head[i] == '{' || head[i] == '[') return SCORE_JSON;
        return objectLinesAfterTheFirst(input) ? SCORE_JSON_LINES_AFTER_JUNK : 0;
    }

    /** A comment, header or broken record on the first line must not cost the whole log. */
    private static boolean objectLinesAfterTheFirst(LogInput input) throws IOException {
        byte[] head = input.head(FileShape.HEAD);
        return FileShape.objectLinesFollow(head, FileShape.skipBomAndWhitespace(head), head.length < FileShape.HEAD);
    }

    @Override
    public EventReader open(LogInput input, ReadContext context) {
        return new JsonReader(input, context);
    }
}
