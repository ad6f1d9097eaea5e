/**
 * The MapDB cache of an ingested log: the file layout and codecs, the cache catalog (fingerprint,
 * format version, completeness mark, inter-process lock), the event indexes and the density
 * pyramid, plus generic columns, postings and blobs that replay and causality fill. The only
 * package that imports {@code org.mapdb}. Entry point: {@link dev.chronoscope.store.Stores}.
 */
package dev.chronoscope.store;
