package dev.chronoscope.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * JSON Lines: one record per line, each read on its own terms so that a bad line costs only itself.
 * This is the fast path of JSON ingest: lines are cut from a large buffer and parsed in place, by
 * one parser per run of buffered lines ({@link JsonLineRun}) as long as every line holds one object;
 * a line the run cannot vouch for is parsed alone, as every line used to be, and reported from
 * there. Where runs keep failing on their first line (a file of bad lines), lines are parsed alone
 * for a while, longer each time, so that such a file costs no more than it did.
 */
final class JsonLinesSource implements RecordSource {
    private static final int CANCEL_CHECK = 4096;
    private static final int MAX_ALONE_STREAK = 1024;

    private final String file;
    private final ReadContext context;
    private final InputStream in;
    private final LineSplitter lines;
    private final LongConsumer tooLong = this::tooLong;
    private final JsonLineRun run;
    private long line;
    private long sinceCheck;
    private int aloneLeft;
    private int aloneStreak = 1;

    JsonLinesSource(String file, InputStream in, long size, ReadContext context) {
        this(file, in, size, context, true);
    }

    /** {@code runs} false parses every line alone: the reference the run path is tested against. */
    JsonLinesSource(String file, InputStream in, long size, ReadContext context, boolean runs) {
        this.file = file;
        this.context = context;
        this.in = in;
        this.lines = new LineSplitter(in, size, context::bytesRead);
        this.run = runs ? new JsonLineRun() : null;
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
            ObjectNode record = fromRun(s, e);
            if (record == null) record = parse(b, s, e, s - lines.lineStart());
            if (record != null) {
                line = lines.lineNumber();
                return record;
            }
        }
        return null;
    }

    /** The record of the current line as a run reads it, or null to parse the line alone. */
    private ObjectNode fromRun(int s, int e) throws IOException {
        if (run == null || !lines.terminated()) return null;
        if (aloneLeft > 0) {
            aloneLeft--;
            return null;
        }
        if (!run.covers(lines)) run.open(lines);
        ObjectNode record = run.read(s, e);
        if (record != null) {
            aloneStreak = 1;
        } else if (!run.vouchedForAny()) {
            aloneLeft = aloneStreak;
            aloneStreak = Math.min(aloneStreak * 2, MAX_ALONE_STREAK);
        }
        return record;
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
        if (run != null) run.close();
        in.close();
    }
}
