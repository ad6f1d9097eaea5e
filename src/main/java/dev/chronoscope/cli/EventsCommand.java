package dev.chronoscope.cli;

import dev.chronoscope.engine.CancelToken;
import dev.chronoscope.engine.LogSession;
import dev.chronoscope.event.Event;
import dev.chronoscope.query.Filter;
import dev.chronoscope.query.FilterGaveUpException;
import dev.chronoscope.query.QueryException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "events", description = "The events, optionally filtered (formats/query.md) and limited to a range.")
final class EventsCommand implements Callable<Integer> {
    private static final int BATCH = 4096;

    @Mixin LogOptions log;
    @Spec CommandSpec spec;

    @Option(names = "--filter", paramLabel = "EXPR") String filter;
    @Option(names = "--from", paramLabel = "A", description = "First offset (default 0).") Long from;
    @Option(names = "--to", paramLabel = "B", description = "Last offset, inclusive (default the last event).") Long to;
    @Option(names = "--limit", paramLabel = "N", description = "At most N events.") Long limit;
    @Option(names = "--count", description = "Print only the number of matching events.") boolean count;

    @Override
    public Integer call() {
        if (limit != null && limit < 0) throw new UnusableException("--limit must be 0 or more, was " + limit);
        return log.run(spec, (session, out) -> {
            try {
                return list(session, compile(session), out);
            } catch (FilterGaveUpException e) {
                out.flush();
                throw new UnusableException("--filter: " + e.getMessage());
            }
        });
    }

    private int list(LogSession session, Filter f, PrintWriter out) {
        long[] range = Offsets.range(session, from, to);
        long a = range[0];
        long b = range[1] + 1;
        long max = limit == null ? Long.MAX_VALUE : limit;
        if (count) {
            long n = 0;
            for (long k = a; k < b && n < max; k += BATCH) {
                n += session.find(f, k, Math.min(b, k + BATCH), (int) Math.min(BATCH, max - n), CancelToken.NEVER).length;
            }
            if (log.json) Json.print(out, Json.object().put("count", n));
            else out.println(n);
            return Cli.OK;
        }
        print(session, f, a, b, max, out);
        return Cli.OK;
    }

    private Filter compile(LogSession session) {
        try {
            return session.parseFilter(filter == null ? "" : filter);
        } catch (QueryException e) {
            throw new UnusableException("--filter: " + e.getMessage());
        }
    }

    /**
     * Streams matches so that a log of millions of events never sits in memory. The JSON document
     * opens with the first match (or at the end): a filter that gives up before it, exit 1, then
     * leaves stdout empty instead of holding the start of a document that never closes.
     */
    private static boolean openDocument(PrintWriter out) {
        out.print("{\"events\":[");
        return true;
    }

    private void print(LogSession session, Filter f, long a, long b, long max, PrintWriter out) {
        long printed = 0;
        boolean opened = false;
        for (long k = a; k < b && printed < max; k += BATCH) {
            long[] hits = session.find(f, k, Math.min(b, k + BATCH), (int) Math.min(BATCH, max - printed), CancelToken.NEVER);
            if (log.json && !opened && hits.length > 0) opened = openDocument(out);
            for (long offset : hits) {
                Event e = session.event(offset);
                if (log.json) {
                    if (printed > 0) out.print(',');
                    out.print(Json.text(Json.event(e)));
                } else {
                    out.printf("%10d  %-30s  %-12s  %-8s  %-28s  %s%n", e.offset(), Times.format(e.time()),
                            ControlEscapingWriter.oneLine(e.lane()), e.hasSeverity() ? e.severity() : "-",
                            ControlEscapingWriter.oneLine(e.type()), ControlEscapingWriter.oneLine(e.body()));
                }
                printed++;
            }
        }
        if (log.json && !opened) openDocument(out);
        if (log.json) out.println("]}");
        out.flush();
    }

}
