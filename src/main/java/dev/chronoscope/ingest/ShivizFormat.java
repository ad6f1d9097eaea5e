package dev.chronoscope.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * ShiViz logs: free text parsed by a regular expression with named groups host, clock and event
 * (default {@value ShivizExpression#DEFAULT}: the event's text on one line, then the host and its
 * vector clock as JSON on the next), optionally split into executions by a delimiter expression.
 * Events get lane = host and the clock; the other named groups become record fields.
 */
public final class ShivizFormat implements LogFormat {
    /** How the warning about an execution the file does not have begins; the CLI treats it as a bad argument. */
    public static final String MISSING_EXECUTION = "the ShiViz log has ";

    private static final Pattern CLOCK_LINE = Pattern.compile("^\\S*\\s+\\{\\s*\"[^\"]*\"\\s*:\\s*\\d+.*}\\s*$");
    private static final int SNIFF_BYTES = 64 * 1024;

    @Override
    public String name() {
        return "shiviz";
    }

    /**
     * High when clock lines ({@code host {"host":n, ...}}) make up about every other non-blank
     * line, as in the default two-line layout; moderate when they are merely frequent.
     */
    @Override
    public int sniff(LogInput input) throws IOException {
        String head = new String(input.head(SNIFF_BYTES), StandardCharsets.UTF_8);
        int cut = head.lastIndexOf('\n');
        if (cut < 0) return 0;
        String[] lines = head.substring(0, cut).split("\n");
        int nonBlank = 0, clocks = 0, alternating = 0;
        boolean previousWasClock = true;
        for (String raw : lines) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (line.isBlank()) continue;
            nonBlank++;
            boolean clock = CLOCK_LINE.matcher(line).matches();
            if (clock) clocks++;
            if (clock && !previousWasClock) alternating++;
            previousWasClock = clock;
        }
        if (clocks < 2) return 0;
        if (alternating * 2 >= nonBlank * 9 / 10) return 90;
        return clocks * 5 >= nonBlank ? 50 : 10;
    }

    @Override
    public EventReader open(LogInput input, ReadContext context) throws IOException {
        ReaderOptions options = context.options() == null ? ReaderOptions.DEFAULT : context.options();
        ShivizExpression expression;
        Pattern delimiter = null;
        try {
            expression = ShivizExpression.compile(options.regex());
            if (options.delimiter() != null && !options.delimiter().isEmpty()) {
                delimiter = Pattern.compile(ShivizExpression.toJava(options.delimiter()));
            }
        } catch (IllegalArgumentException e) {
            String detail = e instanceof PatternSyntaxException p ? "invalid ShiViz delimiter: " + p.getDescription() : e.getMessage();
            throw new IOException(detail, e);
        }
        ShivizLines lines = new ShivizLines(input, delimiter, options.execution(), context);
        return new ShivizReader(expression, lines, context);
    }
}
