package dev.chronoscope.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
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
 * parser there (inside a synthetic {@code [} for arrays). Only the broken record is lost.
 */
final class JsonStreamSource implements RecordSource {
    private static final byte[] OPEN_ARRAY = {'['};

    private final Path path;
    private final String file;
    private final boolean array;
    private final ReadContext context;
    private JsonParser parser;
    private long fileOffset;   // where the current parser's input starts in the file
    private int prefixBytes;   // synthetic bytes before it ("[" after a resync)
    private long lineBase;     // lines of the file before the current parser's input
    private long reportedBytes;
    private long line;
    private boolean done;

    JsonStreamSource(Path path, boolean array, ReadContext context) throws IOException {
        this.path = path;
        this.file = path.toString();
        this.array = array;
        this.context = context;
        start(0, 0, false);
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
        if (array) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) done = true;
        }
    }

    @Override
    public ObjectNode next() throws IOException {
        while (!done) {
            JsonToken t;
            try {
                t = parser.nextToken();
            } catch (JsonEOFException e) {
                done = true; // an array whose closing ] is missing: the records before it are fine
                return null;
            } catch (JsonProcessingException e) {
                resync(e);
                continue;
            }
            if (t == null || (array && t == JsonToken.END_ARRAY)) {
                done = true;
                return null;
            }
            long at = lineBase + parser.currentTokenLocation().getLineNr();
            if (t != JsonToken.START_OBJECT) {
                context.error(file, at, ReadContext.PositionKind.LINE, "expected a JSON object, found " + Jsons.describe(t));
                parser.skipChildren();
                continue;
            }
            try {
                ObjectNode record = parser.readValueAsTree();
                line = at;
                return record;
            } catch (JsonEOFException e) {
                context.error(file, at, ReadContext.PositionKind.LINE, "truncated record: the file ends inside it");
                done = true;
            } catch (JsonProcessingException e) {
                resync(e);
            }
        }
        return null;
    }

    /** Reports the syntax error, then restarts at the next line that begins a record. */
    private void resync(JsonProcessingException e) throws IOException {
        JsonLocation where = e.getLocation();
        long errorLine = lineBase + (where == null ? 1 : where.getLineNr());
        int columnShift = where != null && where.getLineNr() == 1 ? -prefixBytes : 0;
        context.error(file, errorLine, ReadContext.PositionKind.LINE, Jsons.malformed(e, columnShift));
        long errorOffset = where == null || where.getByteOffset() < 0 ? fileOffset : fileOffset + where.getByteOffset() - prefixBytes;
        long[] next = RecordStart.after(path, Math.max(errorOffset, fileOffset), errorLine);
        if (next == null) {
            done = true;
            parser.close();
            return;
        }
        start(next[0], next[1] - 1, array);
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
