/**
 * The MapDB cache of an ingested log: the file layout and codecs, the cache catalog (fingerprint,
 * format version, completeness mark, inter-process lock), the event indexes, the timeline axis
 * (by time, or by offset for logs mostly without times) and the density pyramid along it, plus
 * generic columns, postings and blobs that replay and causality fill. The only package that imports
 * {@code org.mapdb}. Entry point: {@link dev.chronoscope.store.Stores}.
 *
 * <p>Files in the cache folder, per log fingerprint key: {@code <key>.mapdb} (MapDB, transactions
 * off, memory-mapped), {@code <key>.lock} (held by the one writer for the whole ingest) and, during
 * an ingest only, {@code <key>.mapdb.<name>.scratch} (intermediate sorted runs).
 *
 * <p>Inside the MapDB file, all maps are keyed by ascending longs and hold byte blocks, most of
 * them LZ4-compressed with a checksum: {@code events} (256 events per block), {@code timelane}
 * (1024 times and lane numbers per block), {@code ids} (the sorted (hash, offset) run),
 * {@code density} (one blob per lane and level, along the timeline axis) and one map per named
 * column, postings or blobs. The {@code sys} map holds the format version, the counts,
 * dictionaries, meta, per-block time ranges, the axis kind, index fences, the named structures'
 * descriptors and, written last, the completeness mark.
 */
package dev.chronoscope.store;
