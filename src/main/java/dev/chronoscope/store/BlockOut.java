package dev.chronoscope.store;

/** Where a writer's blocks go, each once, in ascending key order (a {@link BlockSink}). */
interface BlockOut {
    void put(long key, byte[] block);
}
