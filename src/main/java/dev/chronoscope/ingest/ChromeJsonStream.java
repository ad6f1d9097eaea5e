package dev.chronoscope.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.profile.JsonProblems;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Path;

/**
 * The event objects of one Chrome trace file, one at a time, with Jackson's streaming parser so
 * that memory does not depend on the file's size.
 *
 * <p>Both forms are read: a bare array of events and the object form whose {@code traceEvents}
 * key holds that array (other keys are skipped). Writers that stop abruptly leave the array
 * unclosed, often after a trailing comma; that end of input is the normal end of such a file and
 * only noted as a warning. A syntax error inside the array is reported with its line, and reading
 * goes on at the next line that starts an object (see {@link JsonResync}), read as the rest of an
 * array, so one broken record costs one record.
 */
final class ChromeJsonStream implements Closeable {

    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private final Path file;
    private final String fileName;
    private final ReadContext context;
    private JsonParser parser;
    private long baseLine;       // line of the parser's first line in the file, minus one
    private long baseOffset;     // byte offset of the parser's first byte in the file
    private boolean objectForm;
    private boolean resynced;
    private boolean done;
    private long line;
    private long reportedBytes;

    ChromeJsonStream(Path file, ReadContext context) throws IOException {
        this.file = file;
        this.fileName = file.toString();
        this.context = context;
        this.parser = FACTORY.createParser(file.toFile());
        this.parser.setCodec(MAPPER);
        openArray();
    }

    /** 1-based line where the last returned object starts. */
    long line() {
        return line;
    }

    /** The next event object, or null at the end of the file. */
    ObjectNode next() throws IOException {
        while (!done) {
            try {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    warnTruncated();
                    finish();
                } else if (token == JsonToken.END_ARRAY) {
                    if (objectForm && !resynced) skipRestOfObject();
                    finish();
                } else if (token == JsonToken.START_OBJECT) {
                    line = baseLine + parser.currentTokenLocation().getLineNr();
                    JsonNode node = readEvent();
                    if (node == null) continue;
                    reportProgress();
                    return (ObjectNode) node;
                } else {
                    long at = baseLine + parser.currentTokenLocation().getLineNr();
                    context.error(fileName, at, ReadContext.PositionKind.LINE,
                            "expected a trace event object, found " + describe(token));
                    parser.skipChildren();
                }
            } catch (JsonEOFException e) {
                warnTruncated();
                finish();
            } catch (JsonParseException e) {
                if (atEndOfFile(e)) {
                    warnTruncated();
                    finish();
                } else {
                    recover(e, e.getLocation());
                }
            } catch (StreamConstraintsException e) {
                // a record over Jackson's limits (nesting, name or number length) is one bad record
                recover(e, parser.currentLocation());
            }
        }
        return null;
    }

    /**
     * The event object starting at the current token; null when the file ends inside it, which
     * is counted as an error of its line: the event is lost, unlike a missing "]" after the last
     * complete event, which loses nothing.
     */
    private JsonNode readEvent() throws IOException {
        try {
            return parser.readValueAsTree();
        } catch (JsonEOFException e) {
            cutOffEvent();
            return null;
        } catch (JsonParseException e) {
            if (!atEndOfFile(e)) throw e;
            cutOffEvent();
            return null;
        }
    }

    private void cutOffEvent() throws IOException {
        context.error(fileName, line, ReadContext.PositionKind.LINE,
                "the trace event starting here is cut off at the end of the file");
        warnTruncated();
        finish();
    }

    private void openArray() throws IOException {
        try {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) return;
            if (first == JsonToken.START_OBJECT) {
                objectForm = true;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (key.equals("traceEvents") && value == JsonToken.START_ARRAY) return;
                    parser.skipChildren();
                }
                context.error(fileName, 1, ReadContext.PositionKind.LINE,
                        "expected a \"traceEvents\" array in the trace object, found none");
            } else {
                context.error(fileName, 1, ReadContext.PositionKind.LINE,
                        "expected a Chrome trace (a JSON array of events or an object with \"traceEvents\"), found "
                                + describe(first));
            }
        } catch (JsonEOFException e) {
            warnTruncated();
        } catch (JsonParseException e) {
            context.error(fileName, e.getLocation().getLineNr(), ReadContext.PositionKind.LINE,
                    "not a Chrome trace: " + JsonProblems.describe(e, false));
        } catch (StreamConstraintsException e) {
            context.error(fileName, parser.currentLocation().getLineNr(), ReadContext.PositionKind.LINE,
                    "not a Chrome trace: " + JsonProblems.describe(e, false));
        }
        finish();
    }

    /** Keys after traceEvents (displayTimeUnit, metadata, ...) carry no events; they are skipped. */
    private void skipRestOfObject() throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            parser.nextToken();
            parser.skipChildren();
        }
    }

    /** Jackson reports some cut-off arrays (after a trailing comma) as plain syntax errors at the end. */
    private boolean atEndOfFile(JsonParseException e) {
        return fileOffset(e.getLocation()) >= file.toFile().length();
    }

    /** {@code at}: where the parser failed (a limit's exception carries no location of its own). */
    private void recover(JsonProcessingException e, JsonLocation at) throws IOException {
        long errorLine = baseLine + at.getLineNr();
        context.error(fileName, errorLine, ReadContext.PositionKind.LINE,
                "malformed JSON in trace event: " + JsonProblems.describe(e, false));
        long errorByte = fileOffset(at);
        parser.close();
        JsonResync.Point restart = JsonResync.after(file, errorByte, errorLine);
        if (restart == null) {
            finish();
            return;
        }
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(new byte[] {'['}),
                JsonResync.openAt(file, restart.byteOffset()));
        parser = FACTORY.createParser(rest);
        parser.setCodec(MAPPER);
        parser.nextToken(); // the '[' we put in front
        baseLine = restart.line() - 1;
        baseOffset = restart.byteOffset();
        resynced = true;
    }

    /** A parser location as a byte offset in the file (a resynced parser reads one extra '[' first). */
    private long fileOffset(JsonLocation at) {
        return baseOffset + Math.max(0, at.getByteOffset() - (resynced ? 1 : 0));
    }

    private void warnTruncated() {
        context.warning(fileName + ": the trace array is not closed (file cut off); every complete event was read");
    }

    private void reportProgress() {
        long now = fileOffset(parser.currentLocation());
        if (now - reportedBytes >= 1 << 16) {
            context.bytesRead(now - reportedBytes);
            reportedBytes = now;
        }
    }

    private void finish() throws IOException {
        if (done) return;
        done = true;
        long size = file.toFile().length();
        if (size > reportedBytes) context.bytesRead(size - reportedBytes);
        reportedBytes = size;
        parser.close();
    }

    private static String describe(JsonToken token) {
        if (token == null) return "the end of the file";
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
