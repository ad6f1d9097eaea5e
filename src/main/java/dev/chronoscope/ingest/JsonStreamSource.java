package dev.chronoscope.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Records in a top-level JSON array ({@code [{...},{...}]}, maybe pretty-printed, maybe with a
 * trailing comma or without its closing {@code ]}) or concatenated one after another (pretty-printed
 * JSON lines), read with Jackson's streaming parser so that only one record is held at a time.
 *
 * <p>A streaming parser cannot continue past a syntax error, so after one this source reports it,
 * looks from the error onwards for the next line that starts with {@code {}, and starts a fresh
 * parser there (inside a synthetic {@code [} for arrays). Only the broken record is lost; when the
 * parser trips over the '{' that starts a line (a missing comma before it), reading resumes at
 * that record, and always at a later byte than the last start, so it cannot loop.
 */
final class JsonStreamSource implements RecordSource {
    private static final byte[] OPEN_ARRAY = {'['};
    private static final int CANCEL_CHECK = 4096;

    private final Path path;
    private final String file;
    private boolean array;     // false once the top-level array has closed
    private final ReadContext context;
    private final JsonTreeBuilder trees = new JsonTreeBuilder();
    private JsonParser parser;
    private long fileOffset;   // where the current parser's input starts in the file
    private int prefixBytes;   // synthetic bytes before it ("[" after a resync)
    private long lineBase;     // lines of the file before the current parser's input
    private long reportedBytes;
    private long line;
    private long lastErrorLine;
    private int sinceCheck;
    private boolean done;

    JsonStreamSource(Path path, boolean array, ReadContext context) throws IOException {
        this.path = path;
        this.file = path.toString();
        this.array = array;
        this.context = context;
        start(0, 0, false);
        if (array && parser.nextToken() != JsonToken.START_ARRAY) done = true;
    }

    private void start(long offset, long linesBefore, boolean synthesizeArray) throws IOException {
        if (parser != null) parser.close();
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        channel.position(offset);
        InputStream in = new Counting(Channels.newInputStream(channel), offset);
        if (synthesizeArray) in = new SequenceInputStream(new ByteArrayInputStream(OPEN_ARRAY), in);
        fileOffset = offset;
        prefixBytes = synthesizeArray ? 1 : 0;
        lineBase = linesBefore;
        parser = Jsons.MAPPER.createParser(in);
    }

    @Override
    public ObjectNode next() throws IOException {
        while (!done) {
            if (++sinceCheck == CANCEL_CHECK) {
                sinceCheck = 0;
                if (context.cancelled()) return null;
            }
            JsonToken t;
            try {
                t = parser.nextToken();
            } catch (JsonProcessingException e) {
                if (!Jsons.endOfInput(e)) {
                    resync(e);
                    continue;
                }
                done = true; // an array whose closing ] is missing: the records before it are fine
                return null;
            }
            if (t == null) {
                done = true;
                return null;
            }
            if (array && t == JsonToken.END_ARRAY) {
                array = false; // whatever follows the array is read as records one after another
                continue;
            }
            long at = lineBase + parser.currentTokenLocation().getLineNr();
            if (t != JsonToken.START_OBJECT) {
                context.error(file, at, ReadContext.PositionKind.LINE, "expected a JSON object, found " + Jsons.describe(t));
                parser.skipChildren();
                continue;
            }
            try {
                ObjectNode record = trees.readObject(parser);
                line = at;
                return record;
            } catch (JsonProcessingException e) {
                if (!Jsons.endOfInput(e)) {
                    resync(e);
                    continue;
                }
                context.error(file, at, ReadContext.PositionKind.LINE, "truncated record: the file ends inside it");
                done = true;
            }
        }
        return null;
    }

    /** Reports the syntax error, then restarts at the next line that begins a record. */
    private void resync(JsonProcessingException e) throws IOException {
        // A limit's exception (nesting, name or number length) carries no location: without the
        // parser's own, reading restarted at the segment's start and read its records again.
        JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        long errorLine = lineBase + (where == null ? 1 : where.getLineNr());
        int columnShift = where != null && where.getLineNr() == 1 ? -prefixBytes : 0;
        if (errorLine != lastErrorLine) { // one complaint per line, though resuming may trip twice there
            context.error(file, errorLine, ReadContext.PositionKind.LINE, Jsons.malformed(e, columnShift));
            lastErrorLine = errorLine;
        }
        long errorOffset = where == null || where.getByteOffset() < 0 ? fileOffset : fileOffset + where.getByteOffset() - prefixBytes;
        if (errorOffset > fileOffset && RecordStart.beginsLine(path, errorOffset)) {
            // The parser tripped over a record that starts a line (a missing comma before it):
            // that record itself is fine, so resume right there.
            start(errorOffset, errorLine - 1, array);
            if (array) parser.nextToken(); // the synthetic [
            return;
        }
        long[] next = RecordStart.after(path, Math.max(errorOffset, fileOffset), errorLine);
        if (next == null) {
            done = true;
            parser.close();
            return;
        }
        start(next[0], next[1] - 1, array);
        if (array) parser.nextToken(); // the synthetic [
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Reports bytes to the progress bar once each, however often a resync re-reads them. */
    private final class Counting extends FilterInputStream {
        private long position;

        Counting(InputStream in, long position) {
            super(in);
            this.position = position;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) advance(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) advance(n);
            return n;
        }

        private void advance(int n) {
            position += n;
            if (position > reportedBytes) {
                context.bytesRead(position - reportedBytes);
                reportedBytes = position;
            }
        }
    }
}
