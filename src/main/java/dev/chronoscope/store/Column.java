package dev.chronoscope.store;

/** One byte array per event offset, stored in compressed blocks. Empty arrays are cheap. */
public interface Column {

    /** The value at offset, or an empty array when nothing was written there. */
    byte[] get(long offset);

    long size();

    interface Writer {
        /** Appends the value for the next offset (an empty array for none). */
        void append(byte[] value);

        long size();
    }
}
