package dev.chronoscope.causality;

/**
 * A causal edge between two offsets: {@code from} causes {@code to}.
 *
 * @param kind        where it came from: a link kind (caused-by, parent, flow...), "chain",
 *                    "clock" (vector-clock happens-before), "lane" (previous event on the lane)
 * @param againstTime true when the cause lies later in the log than its effect (a forward link)
 */
public record Edge(long from, long to, String kind, boolean againstTime) {}
