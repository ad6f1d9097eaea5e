package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;

/** A change together with the offset of the event that made it (history, diff listings). */
public record OffsetChange(long offset, String path, JsonNode before, JsonNode after) {}
