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

    /**
     * The inclusive range {@code --from A --to B} of events: each given end must be an offset of
     * the log, and B not before A; a missing end is the first or last event. A log without events
     * has the empty range when neither end is given.
     */
    static long[] range(LogSession session, Long from, Long to) {
        long a = from == null ? 0 : check(session, "--from", from, false);
        long b = to == null ? session.eventCount() - 1 : check(session, "--to", to, false);
        if (from != null && to != null && b < a) {
            throw new UnusableException("--to " + b + " is before --from " + a + ": a range runs forwards");
        }
        return new long[] {a, b};
    }
}
