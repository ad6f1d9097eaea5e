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
import dev.chronoscope.ingest.ShivizFormat;
import dev.chronoscope.store.Stores;
import java.io.IOError;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
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

    /** What a command does with the open log; it may run twice when the cache turns out damaged. */
    interface SessionWork {
        int run(LogSession session, PrintWriter out);
    }

    /**
     * Opens the log and runs the work on it. A finished cache is trusted on open without reading
     * all of it, so damage inside it surfaces only while the work reads: then the cache is rebuilt
     * from the log and the work runs once more. Output already printed cannot be taken back, so in
     * that case the rebuild happens but the command fails and asks to be run again.
     */
    int run(CommandSpec spec, SessionWork work) {
        PrintWriter err = spec.commandLine().getErr();
        WatchedWriter out = new WatchedWriter(spec.commandLine().getOut());
        String[] cacheUsed = new String[1];
        try {
            return runOnce(noCache, work, out, cacheUsed);
        } catch (RuntimeException | IOError | AssertionError | OutOfMemoryError e) {
            // AssertionError: MapDB checks its nodes with asserts, which fire on damage under -ea.
            // OutOfMemoryError: a damaged size in MapDB's records asks for one impossible array;
            // from MapDB's frames it is damage like the others (anything else is rethrown below).
            boolean fromCache = !noCache && !"built".equals(cacheUsed[0]);
            if (!fromCache || e instanceof UnusableException || !Stores.isDamagedCache(e)) throw e;
            err.printf("chronoscope: cache for %s is corrupt (%s); rebuilding%n", ControlEscapingWriter.oneLine(log), Stores.describeDamage(e));
            err.flush();
            if (out.written()) {
                open(true).close();
                throw new UnusableException("the output above is incomplete because the cache was corrupt;"
                        + " it is rebuilt now, run the command again", e);
            }
            return runOnce(true, work, out, cacheUsed);
        } finally {
            out.flush();
        }
    }

    private int runOnce(boolean rebuild, SessionWork work, PrintWriter out, String[] cacheUsed) {
        cacheUsed[0] = null;
        try (LogSession session = open(rebuild)) {
            cacheUsed[0] = session.summary().cache();
            return work.run(session, out);
        }
    }

    private LogSession open(boolean rebuild) {
        if (execution < 0) throw new UnusableException("--execution must be 0 or more, was " + execution);
        // Java's regex syntax reads "\n" as a line break, so ShiViz expressions pass through as typed.
        OpenRequest request = new OpenRequest(log, format, profile,
                new ReaderOptions(regex, delimiter, execution), cacheDir, rebuild);
        LogSession session;
        try {
            session = Chronoscope.open(request, IngestListener.NONE, new CancelToken());
        } catch (LogOpenException e) {
            throw new UnusableException(e.getMessage(), e);
        }
        rejectUnreadable(session);
        rejectMissingExecution(session);
        return session;
    }

    /** An execution the ShiViz file does not have is a bad argument, not an empty log. */
    private void rejectMissingExecution(LogSession session) {
        for (String warning : session.summary().warnings()) {
            if (warning.startsWith(ShivizFormat.MISSING_EXECUTION)) {
                session.close();
                throw new UnusableException(log + ": " + warning);
            }
        }
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
