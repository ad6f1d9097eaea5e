package dev.chronoscope.store;

import org.mapdb.DB;

/**
 * A block map written once, in ascending key order, through MapDB's sink: the B-tree is built
 * bottom-up as blocks arrive instead of being searched and rewritten by a put per block. The
 * sink is opened at the first block (an empty one would have nothing to build) and the map exists
 * once {@link #finish} has run; nothing reads it before, since a store is read only once committed.
 */
final class BlockSink {
    private final DB db;
    private final String name;
    private DB.TreeMapSink<Long, byte[]> sink;
    private long lastKey = Long.MIN_VALUE;

    BlockSink(DB db, String name) {
        this.db = db;
        this.name = name;
    }

    void put(long key, byte[] block) {
        if (key <= lastKey && sink != null) {
            throw new IllegalStateException("block " + key + " of " + name + " after block " + lastKey);
        }
        if (sink == null) sink = StoreFile.blocksSink(db, name);
        sink.put(key, block);
        lastKey = key;
    }

    /** Creates the map from what was put, or an empty one. */
    void finish() {
        if (sink == null) StoreFile.blocks(db, name, true);
        else sink.create();
    }
}
