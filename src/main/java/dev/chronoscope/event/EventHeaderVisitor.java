package dev.chronoscope.event;

/**
 * Receives the few fields of each event in a range that a timeline draws, without the event's
 * record being decoded: reading a record's JSON costs far more than these fields, and a window of
 * a thousand events is read on every pan and zoom.
 */
@FunctionalInterface
public interface EventHeaderVisitor {
    /**
     * One event: its offset, time and end time ({@link Event#endTime()}; both {@link Event#NO_TIME}
     * when it has none), type, lane and severity.
     */
    void accept(long offset, long time, long endTime, String type, String lane, Severity severity);
}
