package dev.chronoscope.cli;

import dev.chronoscope.engine.CancelToken;
import dev.chronoscope.engine.Chronoscope;
import dev.chronoscope.engine.IngestListener;
import dev.chronoscope.engine.LogOpenException;
import dev.chronoscope.engine.LogSession;
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
        try {
            return Chronoscope.open(request, IngestListener.NONE, new CancelToken());
        } catch (LogOpenException e) {
            throw new UnusableException(e.getMessage(), e);
        }
    }
}
