package dev.chronoscope.ingest;

/**
 * Options some formats take from the command line or the open dialog.
 *
 * @param regex      ShiViz: the parser expression (named groups host, clock, event)
 * @param delimiter  ShiViz: the expression that splits a file into executions
 * @param execution  ShiViz: which execution (0-based) of a multi-execution file to read
 */
public record ReaderOptions(String regex, String delimiter, int execution) {
    public static final ReaderOptions DEFAULT = new ReaderOptions(null, null, 0);

    /** A stable text of the options that change what is read (part of the cache fingerprint). */
    public String salt() {
        return "regex=" + regex + ";delimiter=" + delimiter + ";execution=" + execution;
    }
}
