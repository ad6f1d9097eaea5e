package dev.chronoscope.store;

import java.util.Map;

/** A sorted long key → byte array map (checkpoints by offset, for instance). */
public interface Blobs {

    byte[] get(long key);

    /** The entry with the greatest key ≤ key, or null. */
    Map.Entry<Long, byte[]> floor(long key);

    long count();

    /** Total bytes of the values. */
    long bytes();

    interface Writer {
        void put(long key, byte[] value);
    }
}
