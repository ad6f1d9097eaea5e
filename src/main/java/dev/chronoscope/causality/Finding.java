package dev.chronoscope.causality;

import java.util.List;

/**
 * Something the analysis found that a user should look at, e.g. a deadlock.
 *
 * @param kind     "deadlock", "link-cycle", ...
 * @param offset   where it forms (the event that closes the cycle)
 * @param summary  one line for humans
 * @param subjects what takes part (processes, locks)
 * @param offsets  events involved, for highlighting
 */
public record Finding(String kind, long offset, String summary, List<String> subjects, List<Long> offsets) {}
