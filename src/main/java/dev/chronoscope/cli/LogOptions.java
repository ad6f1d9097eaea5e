package dev.chronoscope.cli;

import dev.chronoscope.engine.CancelToken;
import dev.chronoscope.engine.Chronoscope;
import dev.chronoscope.engine.IngestError;
import dev.chronoscope.engine.IngestListener;
import dev.chronoscope.engine.LogOpenException;
import dev.chronoscope.engine.LogSession;
import dev.chronoscope.engine.LogSummary;
import dev.chronoscope.engine.OpenRequest;
import dev.chronoscope.ingest.ReaderOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The log argument and the options every log command takes (cli.md). */
final class LogOptions {

    @Parameters(index = "0", paramLabel = "LOG", description = "A log file, or a folder of batch files of one format.")
    Path log;

    @Option(names = "--profile", paramLabel = "NAME|FILE", description = "Built-in profile name or profile file (else detected).")
    String profile;

    @Option(names = "--format", paramLabel = "NAME", description = "Force the format (else sniffed): json, chrome, otlp, jfr, rodent, shiviz.")
    String format;

    @Option(names = "--json", description = "Machine output on stdout.")
    boolean json;

    @Option(names = "--no-cache", description = "Rebuild the cache even if it is complete.")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "Cache folder (default: $CHRONOSCOPE_CACHE, else the user's cache dir).")
    Path cacheDir;

    @Option(names = "--regex", paramLabel = "EXPR", description = "ShiViz: parser expression with named groups host, clock, event.")
    String regex;

    @Option(names = "--delimiter", paramLabel = "EXPR", description = "ShiViz: expression that separates executions.")
    String delimiter;

    @Option(names = "--execution", paramLabel = "N", description = "ShiViz: which execution of a multi-execution file (0-based).")
    int execution;

    LogSession open() {
        // Java's regex syntax reads "\n" as a line break, so ShiViz expressions pass through as typed.
        OpenRequest request = new OpenRequest(log, format, profile,
                new ReaderOptions(regex, delimiter, execution), cacheDir, noCache);
        LogSession session;
        try {
            session = Chronoscope.open(request, IngestListener.NONE, new CancelToken());
        } catch (LogOpenException e) {
            throw new UnusableException(e.getMessage(), e);
        }
        rejectUnreadable(session);
        return session;
    }

    /**
     * Errors and not a single record means the log is not of this format (random bytes, a forced
     * wrong format): answering "0 events" would pass it off as an empty log. An empty file has no
     * errors either and stays a log with no events.
     */
    private void rejectUnreadable(LogSession session) {
        LogSummary s = session.summary();
        if (s.records() > 0 || s.events() > 0 || s.errors() == 0) return;
        session.close();
        String firstError = s.errorSamples().isEmpty() ? s.errors() + " errors" : withoutLogName(s.errorSamples().get(0));
        throw new UnusableException(log + ": no record could be read as " + s.format() + ": " + firstError);
    }

    /** The error's position and reason; its file only when the log is a folder of several. */
    private String withoutLogName(IngestError e) {
        String full = e.toString();
        String prefix = e.file() + ": ";
        // Readers name the file either by its name or by its path as given.
        boolean sameFile = e.file().equals(log.toString())
                || log.getFileName() != null && log.getFileName().toString().equals(e.file());
        return sameFile && full.startsWith(prefix) ? full.substring(prefix.length()) : full;
    }
}
