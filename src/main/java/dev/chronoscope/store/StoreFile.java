package dev.chronoscope.store;

import java.nio.file.Path;
import java.util.NavigableMap;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;

/**
 * How the cache file is opened and laid out: one MapDB file without transactions (a cache is
 * rebuilt rather than recovered), memory-mapped where supported, holding a {@code sys} map of
 * summaries and descriptors plus block maps keyed by ascending longs.
 */
final class StoreFile {
    /**
     * Bump whenever any block or summary format or block size changes; older files are then
     * rebuilt. 2: smaller event, time and id blocks; checksummed LZ4 blocks. 3: events keep
     * whether the log gave a severity. 4: column and event blocks close at 1 MB as well as at
     * 1,024 values and 256 events, and are keyed by their first offset. 5: the timeline axis
     * (by time or by offset) with the density along it, events without a time placed in it; the
     * time summary keeps each block's last time and the first time.
     */
    static final int FORMAT_VERSION = 5;

    static final String SYS = "sys";
    static final String VERSION = "version";
    static final String COMPLETE = "complete";
    /**
     * The fingerprint key the file was built for. The file name carries it too, but a name says
     * nothing about the content: a file copied or restored over another log's entry must miss.
     */
    static final String FINGERPRINT = "fingerprint";

    private StoreFile() {}

    /** A store made and dropped in memory, laid out as {@link #create} lays out a file. */
    static void prepare() {
        try (DB db = DBMaker.memoryDB().make()) {
            sys(db, true).put(VERSION, new byte[0]);
            blocks(db, "prepare", true).put(0L, new byte[0]);
        }
    }

    static DB create(Path file) {
        return DBMaker.fileDB(file.toFile()).fileMmapEnableIfSupported().make();
    }

    /** Read-only and without MapDB's file lock, so several processes can read one complete file. */
    static DB openReadOnly(Path file) {
        return DBMaker.fileDB(file.toFile()).readOnly().fileLockDisable().fileMmapEnableIfSupported().make();
    }

    static BTreeMap<String, byte[]> sys(DB db, boolean create) {
        DB.TreeMapMaker<String, byte[]> maker = db.treeMap(SYS, Serializer.STRING, Serializer.BYTE_ARRAY);
        return create ? maker.valuesOutsideNodesEnable().createOrOpen() : maker.open();
    }

    static BTreeMap<Long, byte[]> blocks(DB db, String name, boolean create) {
        DB.TreeMapMaker<Long, byte[]> maker = db.treeMap(name, Serializer.LONG, BlockSerializer.INSTANCE);
        return create ? maker.valuesOutsideNodesEnable().createOrOpen() : maker.open();
    }

    /** A new block map filled in ascending key order, for maps written whole at the end. */
    static DB.TreeMapSink<Long, byte[]> blocksSink(DB db, String name) {
        return db.treeMap(name, Serializer.LONG, BlockSerializer.INSTANCE).valuesOutsideNodesEnable().createFromSink();
    }

    /** The block map for reading, or an empty map when the name was never written. */
    static NavigableMap<Long, byte[]> blocksOrEmpty(DB db, String name) {
        return db.exists(name) ? blocks(db, name, false) : new java.util.TreeMap<>();
    }

    static byte[] intBytes(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    static byte[] fingerprintBytes(Fingerprint fingerprint) {
        return fingerprint.key().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static int readInt(byte[] b) {
        if (b == null || b.length != 4) throw new CorruptStoreException("bad version record");
        return ((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
    }
}
