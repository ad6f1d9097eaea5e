package dev.chronoscope.ingest;

import java.io.IOException;

/**
 * JSON logs: JSON Lines, a top-level array of records (lenient about trailing commas and a missing
 * closing bracket), or pretty-printed records one after another. Sniffing scores
 * {@value #SCORE_JSON} for anything that starts like JSON, so that formats with a more specific
 * JSON dialect (Chrome traces, OTLP) win by scoring higher; an empty file is JSON with no events.
 */
public final class JsonFormat implements LogFormat {
    static final int SCORE_JSON = 50;
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
        return head[i] == '{' || head[i] == '[' ? SCORE_JSON : 0;
    }

    @Override
    public EventReader open(LogInput input, ReadContext context) {
        return new JsonReader(input, context);
    }
}
