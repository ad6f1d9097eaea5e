package dev.chronoscope.cli;

import dev.chronoscope.engine.LogSession;

/** Checks offsets given on the command line against the log. */
final class Offsets {
    private Offsets() {}

    /** An offset of an event (0..count-1); -1 is also allowed where "before the first event" makes sense. */
    static long check(LogSession session, String option, long k, boolean allowBeforeFirst) {
        long count = session.eventCount();
        long min = allowBeforeFirst ? -1 : 0;
        if (k < min || k >= count) {
            String range = count == 0 ? "the log has no events" : "valid offsets are " + min + ".." + (count - 1);
            throw new UnusableException(option + " " + k + " is outside the log: " + range);
        }
        return k;
    }

    /** The inclusive end of a range: the given value, or the last offset. */
    static long endOrLast(LogSession session, Long to) {
        return to == null ? session.eventCount() - 1 : Math.min(to, session.eventCount() - 1);
    }
}
