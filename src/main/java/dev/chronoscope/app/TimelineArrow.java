package dev.chronoscope.app;

/** A causal edge between two lanes as the timeline draws it: both ends placed by time and lane. */
record TimelineArrow(long fromOffset, long toOffset, long fromTime, long toTime, int fromLane, int toLane,
                     boolean againstTime) {}
