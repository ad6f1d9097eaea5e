package dev.chronoscope.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * JSON Lines: one record per line, each parsed on its own so that a bad line costs only itself.
 * This is the fast path of JSON ingest: lines are cut from a large buffer and read in place by
 * {@link JsonLineParser}; a line it does not take (an error, or JSON it leaves to Jackson) is
 * parsed by Jackson's tree reader alone, which reports it or reads it, exactly as every line used
 * to be read.
 */
final class JsonLinesSource implements RecordSource {
    private static final int CANCEL_CHECK = 4096;

    private final String file;
    private final ReadContext context;
    private final InputStream in;
    private final LineSplitter lines;
    private final LongConsumer tooLong = this::tooLong;
    private final JsonLineParser direct;
    private long line;
    private long sinceCheck;

    JsonLinesSource(String file, InputStream in, long size, ReadContext context) {
        this(file, in, size, context, true);
    }

    /** {@code direct} false reads every line with Jackson: the reference the direct parser is tested against. */
    JsonLinesSource(String file, InputStream in, long size, ReadContext context, boolean direct) {
        this.file = file;
        this.context = context;
        this.in = in;
        this.lines = new LineSplitter(in, size, context::bytesRead);
        this.direct = direct ? new JsonLineParser() : null;
    }

    @Override
    public ObjectNode next() throws IOException {
        while (lines.next(tooLong)) {
            if (++sinceCheck == CANCEL_CHECK) {
                sinceCheck = 0;
                if (context.cancelled()) return null;
            }
            byte[] b = lines.buffer();
            int s = lines.lineStart();
            int e = lines.lineEnd();
            while (s < e && Jsons.isWhitespace(b[s])) s++;
            while (e > s && Jsons.isWhitespace(b[e - 1])) e--;
            if (s == e) continue;
            ObjectNode record = direct != null ? direct.parse(b, s, e) : null;
            if (record == null) record = parse(b, s, e, s - lines.lineStart());
            if (record != null) {
                line = lines.lineNumber();
                return record;
            }
        }
        return null;
    }

    private ObjectNode parse(byte[] b, int s, int e, int indent) {
        JsonNode node;
        try {
            node = Jsons.TREE_READER.readTree(b, s, e - s);
        } catch (JsonProcessingException ex) {
            boolean cut = !lines.terminated() && Jsons.endOfInput(ex);
            error(cut ? "truncated last line: the file ends inside a record" : Jsons.malformed(ex, indent));
            return null;
        } catch (IOException ex) {
            error("unreadable: " + ex.getMessage());
            return null;
        }
        if (node instanceof ObjectNode record) return record;
        error("expected a JSON object, found " + Jsons.describe(node));
        return null;
    }

    private void tooLong(long lineNumber) {
        context.error(file, lineNumber, ReadContext.PositionKind.LINE, "line longer than 16 MB");
    }

    private void error(String reason) {
        context.error(file, lines.lineNumber(), ReadContext.PositionKind.LINE, reason);
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
