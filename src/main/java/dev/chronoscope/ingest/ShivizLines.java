package dev.chronoscope.ingest;

import dev.chronoscope.query.BoundedText;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The lines of one execution of a ShiViz log, streamed from the input's files in turn. A line in
 * which the delimiter expression matches separates executions and is not content; executions
 * without any non-blank line are not counted, as in ShiViz, so a leading delimiter does not
 * create an empty first execution.
 */
final class ShivizLines implements Closeable {

    record Line(String text, String file, long number) {}

    private final LogInput input;
    private final Pattern delimiter;
    private final int wanted;
    private final ReadContext context;
    private int fileIndex = -1;
    private BufferedReader reader;
    private String fileName;
    private long lineNumber;
    private int execution;
    private boolean contentInExecution;
    private boolean done;

    ShivizLines(LogInput input, Pattern delimiter, int execution, ReadContext context) {
        this.input = input;
        this.delimiter = delimiter;
        this.wanted = Math.max(0, execution);
        this.context = context;
    }

    /** The next line of the wanted execution, or null when it has ended. */
    Line next() throws IOException {
        while (!done) {
            String text = reader == null ? null : reader.readLine();
            if (text == null) {
                if (!openNextFile()) done = true;
                continue;
            }
            lineNumber++;
            if (delimiter != null && isDelimiter(text)) {
                if (contentInExecution) {
                    execution++;
                    contentInExecution = false;
                }
                continue;
            }
            if (!text.isBlank()) contentInExecution = true;
            if (execution == wanted) return new Line(text, fileName, lineNumber);
            if (execution > wanted) done = true;
        }
        return null;
    }

    /** As {@link ShivizReader} bounds the expression, so the delimiter: a backtracking one is refused at its line. */
    private boolean isDelimiter(String text) throws IOException {
        try {
            return delimiter.matcher(new BoundedText(text, ShivizReader.MAX_STEPS_BASE + ShivizReader.MAX_STEPS_PER_CHAR * text.length())).find();
        } catch (BoundedText.OutOfSteps | StackOverflowError e) {
            throw new IOException("line " + lineNumber + " of " + Path.of(fileName).getFileName()
                    + ": the ShiViz delimiter " + delimiter.pattern() + " gave up on this line of " + text.length() + " characters ("
                    + BoundedText.whyGaveUp(e) + "); simplify it", e);
        }
    }

    /**
     * The wanted execution when the input has fewer executions (known once {@link #next()} has
     * returned null), else -1.
     */
    int missingExecution() {
        int seen = execution + (contentInExecution ? 1 : 0);
        return done && wanted >= seen ? seen : -1;
    }

    int wanted() {
        return wanted;
    }

    private boolean openNextFile() throws IOException {
        close();
        fileIndex++;
        if (fileIndex >= input.files().size()) return false;
        Path file = input.files().get(fileIndex);
        fileName = file.toString();
        lineNumber = 0;
        InputStream counted = new FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) context.bytesRead(n);
                return n;
            }
        };
        reader = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8), 1 << 16);
        return true;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
