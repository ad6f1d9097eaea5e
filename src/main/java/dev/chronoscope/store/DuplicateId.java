package dev.chronoscope.store;

/** An event whose id an earlier event already had: its offset and the offset of that earlier twin. */
public record DuplicateId(long offset, long earlierOffset) {}
