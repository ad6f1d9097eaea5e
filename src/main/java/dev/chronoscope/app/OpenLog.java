package dev.chronoscope.app;

import dev.chronoscope.engine.LogSession;
import dev.chronoscope.engine.LogSummary;
import java.nio.file.Path;
import java.util.List;

/**
 * An open log with the facts the FX thread reads constantly, captured once off the FX thread so
 * that drawing never asks the session.
 */
record OpenLog(Path path, LogSession session, LogSummary summary, long count, List<String> lanes,
               long minTime, long maxTime) {

    static OpenLog capture(Path path, LogSession session) {
        long min = session.density().minTime();
        long max = Math.max(min + 1, session.density().maxTime());
        return new OpenLog(path, session, session.summary(), session.eventCount(), List.copyOf(session.lanes()),
                min, max);
    }

    String name() {
        Path file = path.getFileName();
        return file == null ? path.toString() : file.toString();
    }
}
