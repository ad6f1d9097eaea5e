package dev.chronoscope.app;

/** A causal edge between two lanes as the timeline draws it: both ends placed by position and lane. */
record TimelineArrow(long fromOffset, long toOffset, long fromPosition, long toPosition, int fromLane, int toLane,
                     boolean againstTime) {}
