package dev.chronoscope.cli;

import dev.chronoscope.event.Event;
import java.time.Instant;
import java.util.List;

/** Human renderings of times and lists for the text output. */
final class Times {
    private Times() {}

    /** Epoch-like times as ISO instants, small (relative) times as seconds. */
    static String format(long ns) {
        if (ns == Event.NO_TIME) return "-";
        if (ns > 946_684_800_000_000_000L) {
            return Instant.ofEpochSecond(ns / 1_000_000_000L, ns % 1_000_000_000L).toString();
        }
        // In integers: a double holds about 16 digits, so seconds from a few months on lost nanoseconds.
        long seconds = ns / 1_000_000_000L;
        long nanos = Math.abs(ns % 1_000_000_000L);
        String sign = ns < 0 && seconds == 0 ? "-" : "";
        return String.format("%s%d.%09ds", sign, seconds, nanos);
    }

    static String abbreviate(List<String> items, int max) {
        if (items.size() <= max) return items.toString();
        return items.subList(0, max) + " ...";
    }
}
