package dev.chronoscope.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * One parser over a run of complete lines in a {@link LineSplitter}'s buffer, reading their records
 * as successive root values, so that JSON Lines cost one parser per run instead of one per line.
 *
 * <p>It vouches for a record only when the value is an object that starts exactly where its line's
 * text starts and ends exactly where that text ends: those bytes are then all the per-line parse
 * would have seen, and it would have built the same tree. Anything else (a syntax error, a value
 * that is not an object, spans lines or shares its line with another) closes the run and leaves
 * the line to the per-line parse, which words and places errors as it always has.
 */
final class JsonLineRun {
    private final JsonTreeBuilder trees = new JsonTreeBuilder();
    private JsonParser parser;
    private byte[] buffer;
    private int from;
    private int to;
    private int moves;
    private boolean vouched;

    /** True when the run is open over the bytes of the line that starts at {@code lineStart}. */
    boolean covers(LineSplitter lines) {
        return parser != null && buffer == lines.buffer() && moves == lines.moves() && lines.lineStart() < to;
    }

    /** Opens a run over the complete lines buffered from the splitter's current line on. */
    void open(LineSplitter lines) throws IOException {
        close();
        buffer = lines.buffer();
        from = lines.lineStart();
        to = lines.completeLinesEnd();
        moves = lines.moves();
        vouched = false;
        parser = Jsons.MAPPER.createParser(buffer, from, to - from);
    }

    /** True once the run has read a record; a run that fails on its first says the lines here are not simple. */
    boolean vouchedForAny() {
        return vouched;
    }

    /**
     * The record whose text is {@code [start, end)} of the buffer, the next value in the run; null
     * when the run cannot vouch for it, and the run is then closed.
     */
    ObjectNode read(int start, int end) {
        try {
            if (parser.nextToken() != JsonToken.START_OBJECT || tokenOffset() != start - from) return fail();
            ObjectNode record = trees.readObject(parser);
            if (record == null || tokenOffset() + 1 != end - from) return fail();
            vouched = true;
            return record;
        } catch (IOException e) {
            return fail();
        }
    }

    /** Where the current token starts, relative to the run. */
    private long tokenOffset() {
        return parser.currentTokenLocation().getByteOffset();
    }

    private ObjectNode fail() {
        close();
        return null;
    }

    void close() {
        if (parser == null) return;
        try {
            parser.close();
        } catch (IOException e) {
            // a parser over a byte array has nothing to release that can fail
        }
        parser = null;
        buffer = null;
    }
}
