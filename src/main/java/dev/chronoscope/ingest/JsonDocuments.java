package dev.chronoscope.ingest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.profile.JsonProblems;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The top-level JSON objects of a file, one after another: JSON Lines, or one (possibly
 * pretty-printed) document, or several. A syntax error is reported with its line and reading goes
 * on at the next line that starts an object (see {@link JsonResync}); a top-level value that is
 * not an object is reported and skipped.
 *
 * <p>In JSON Lines ({@link FileShape#LINES}) a record ends with its line. A line cut off inside an
 * object does not make the parser fail there: it reads on into the next lines' records and trips
 * over one of them further down. Such an error is the cut-off line's: it is reported at that line
 * with what the line alone lacks, and reading goes on at the line after it.
 */
final class JsonDocuments implements Closeable {

    private final Path file;
    private final String fileName;
    private final ReadContext context;
    private final String what;
    private final boolean jsonLines;
    private JsonParser parser;
    private long baseLine;
    private long baseOffset;
    private long line;
    /** Byte offset of the top-level object being read, or -1 between objects. */
    private long objectStart = -1;
    private boolean done;

    /** {@code what} names the expected objects in messages, e.g. "an OTLP traces object". */
    JsonDocuments(Path file, ReadContext context, String what) throws IOException {
        this.file = file;
        this.fileName = file.toString();
        this.context = context;
        this.what = what;
        this.jsonLines = FileShape.of(file) == FileShape.LINES;
        this.parser = open(file, 0);
    }

    private static JsonParser open(Path file, long offset) throws IOException {
        JsonParser p = ChromeJsonStream.FACTORY.createParser(JsonResync.openAt(file, offset));
        p.setCodec(ChromeJsonStream.MAPPER);
        return p;
    }

    /** 1-based line where the last returned object starts. */
    long line() {
        return line;
    }

    /**
     * Reads a top-level object with a streaming parser: {@code fast} gets the parser on the
     * object's START_OBJECT and either consumes the object to its END_OBJECT and returns true, or
     * returns false anywhere inside it to give up; then the rest of the object is skipped, its bytes
     * are read again as a tree and handed to {@code slow}. Syntax errors are handled as in
     * {@link #next()}. Returns false at the end of the file.
     */
    boolean next(Streamed fast, TreeConsumer slow) throws IOException {
        while (!done) {
            try {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    done = true;
                } else if (token == JsonToken.START_OBJECT) {
                    line = baseLine + parser.currentTokenLocation().getLineNr();
                    long start = baseOffset + parser.currentTokenLocation().getByteOffset();
                    objectStart = start;
                    if (fast.read(parser)) {
                        objectStart = -1;
                        return true;
                    }
                    while (!(parser.currentToken() == JsonToken.END_OBJECT && parser.getParsingContext().inRoot())) {
                        if (parser.nextToken() == null) throw new JsonParseException(parser, "unexpected end of input inside an object");
                    }
                    long end = baseOffset + parser.currentLocation().getByteOffset();
                    objectStart = -1;
                    slow.accept(ChromeJsonStream.MAPPER.readTree(bytes(start, end)));
                    return true;
                } else {
                    context.error(fileName, baseLine + parser.currentTokenLocation().getLineNr(),
                            ReadContext.PositionKind.LINE, "expected " + what + ", found " + token.name().toLowerCase(java.util.Locale.ROOT));
                    parser.skipChildren();
                }
            } catch (JsonParseException e) {
                recover(e, e.getLocation());
            } catch (StreamConstraintsException e) {
                // a record over Jackson's limits (nesting, name or number length) is one bad record
                recover(e, parser.currentLocation());
            }
        }
        return false;
    }

    /** A streaming reader of one object (see {@link #next(Streamed, TreeConsumer)}). */
    interface Streamed {
        boolean read(JsonParser parser) throws IOException;
    }

    interface TreeConsumer {
        void accept(JsonNode tree) throws IOException;
    }

    private byte[] bytes(long start, long end) throws IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(Math.toIntExact(end - start));
            while (buffer.hasRemaining() && channel.read(buffer, start + buffer.position()) >= 0) {
                // reads until the object's bytes are all in
            }
            return buffer.array();
        }
    }

    /** The next top-level object, or null at the end of the file. */
    JsonNode next() throws IOException {
        while (!done) {
            try {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    done = true;
                } else if (token == JsonToken.START_OBJECT) {
                    line = baseLine + parser.currentTokenLocation().getLineNr();
                    objectStart = baseOffset + parser.currentTokenLocation().getByteOffset();
                    JsonNode tree = parser.readValueAsTree();
                    objectStart = -1;
                    return tree;
                } else {
                    context.error(fileName, baseLine + parser.currentTokenLocation().getLineNr(),
                            ReadContext.PositionKind.LINE, "expected " + what + ", found " + token.name().toLowerCase(java.util.Locale.ROOT));
                    parser.skipChildren();
                }
            } catch (JsonParseException e) {
                recover(e, e.getLocation());
            } catch (StreamConstraintsException e) {
                // a record over Jackson's limits (nesting, name or number length) is one bad record
                recover(e, parser.currentLocation());
            }
        }
        return null;
    }

    /** {@code at}: where the parser failed (a limit's exception carries no location of its own). */
    private void recover(JsonProcessingException e, JsonLocation at) throws IOException {
        long errorLine = baseLine + at.getLineNr();
        long errorByte = baseOffset + Math.max(0, at.getByteOffset());
        String problem = "malformed JSON: " + JsonProblems.describe(e, false);
        if (jsonLines && objectStart >= 0 && errorLine > line) {
            String alone = problemOfLineAlone(objectStart);
            if (alone != null) problem = alone;
            errorLine = line;
            errorByte = objectStart;
        }
        objectStart = -1;
        context.error(fileName, errorLine, ReadContext.PositionKind.LINE, problem);
        parser.close();
        JsonResync.Point restart = JsonResync.after(file, errorByte, errorLine);
        if (restart == null) {
            done = true;
            return;
        }
        parser = open(file, restart.byteOffset());
        baseLine = restart.line() - 1;
        baseOffset = restart.byteOffset();
    }

    /**
     * What is wrong with the line from byte {@code start} (an object's start) to its end, parsed on
     * its own; null if it parses, or is too long to hold for a message.
     */
    private String problemOfLineAlone(long start) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (InputStream in = new BufferedInputStream(JsonResync.openAt(file, start), 1 << 16)) {
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                if (line.size() == LineSplitter.MAX_LINE) return null;
                line.write(b);
            }
        }
        try {
            Jsons.TREE_READER.readTree(line.toByteArray());
            return null;
        } catch (JsonProcessingException broken) {
            return Jsons.malformed(broken, 0); // as the generic JSON Lines reader words it
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
