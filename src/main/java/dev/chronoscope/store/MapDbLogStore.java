package dev.chronoscope.store;

import dev.chronoscope.event.EventHeaderVisitor;
import dev.chronoscope.codec.ByteSource;
import dev.chronoscope.event.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.mapdb.BTreeMap;
import org.mapdb.DB;

/**
 * A complete cache file opened read-only. The constructor reads every summary (so a damaged file
 * fails here, where the catalog can rebuild it); blocks are read on demand through small caches.
 */
final class MapDbLogStore implements LogStore {
    private final DB db;
    private final Path file;
    private final BTreeMap<String, byte[]> sys;
    private final long count;
    private final List<String> lanes;
    private final Map<String, Long> typeCounts;
    private final Map<String, String> meta;
    private final EventBlocks events;
    private final TimeLaneIndex timeLane;
    private final TimelineAxis axis;
    private final HashRun ids;
    private final Map<Long, byte[]> idBlocks;
    private final BlockCache<long[][]> idCache = new BlockCache<>(16);
    private final Map<String, Object> named = new ConcurrentHashMap<>();

    MapDbLogStore(DB db, Path file) {
        this.db = db;
        this.file = file;
        sys = StoreFile.sys(db, false);
        count = new ByteSource(required("count")).readLong();
        typeCounts = Collections.unmodifiableMap(decodeCounts(required("types")));
        lanes = List.copyOf(decodeCounts(required("lanes")).keySet());
        meta = Collections.unmodifiableMap(decodeMeta(required("meta")));
        String[] typeNames = typeCounts.keySet().toArray(new String[0]);
        events = new EventBlocks(StoreFile.blocks(db, "events", false), count, typeNames, lanes.toArray(new String[0]));
        timeLane = new TimeLaneIndex(StoreFile.blocks(db, "timelane", false), count, required("time"));
        boolean byOffset = StoredTimelineAxis.byOffset(required("axis"));
        StoredDensity density = new StoredDensity(StoreFile.blocks(db, "density", false), required("density"),
                StoredDensity.KEPT_BUCKETS, byOffset);
        axis = new StoredTimelineAxis(byOffset, timeLane, density, count);
        ids = HashRun.read(required("ids"));
        idBlocks = StoreFile.blocks(db, "ids", false);
    }

    private byte[] required(String key) {
        byte[] b = sys.get(key);
        if (b == null) throw new CorruptStoreException("the store summary '" + key + "' is missing");
        return b;
    }

    private static Map<String, Long> decodeCounts(byte[] b) {
        ByteSource in = new ByteSource(b);
        int n = in.readVarInt();
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) m.put(in.readString(), in.readVarLong());
        if (m.size() != n) throw new CorruptStoreException("repeated names in a dictionary");
        return m;
    }

    private static Map<String, String> decodeMeta(byte[] b) {
        ByteSource in = new ByteSource(b);
        int n = in.readVarInt();
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) m.put(in.readString(), in.readString());
        return m;
    }

    @Override
    public Map<String, String> meta() {
        return meta;
    }

    @Override
    public long eventCount() {
        return count;
    }

    @Override
    public Event event(long offset) {
        return events.event(offset);
    }

    @Override
    public void scan(long from, long to, Consumer<Event> visitor) {
        events.scan(from, to, visitor);
    }

    @Override
    public void scanHeaders(long from, long to, EventHeaderVisitor visitor) {
        events.scanHeaders(from, to, visitor);
    }

    @Override
    public long time(long offset) {
        return timeLane.time(offset);
    }

    @Override
    public int laneIndex(long offset) {
        return timeLane.laneIndex(offset);
    }

    @Override
    public long minTime() {
        return timeLane.minTime();
    }

    @Override
    public long maxTime() {
        return timeLane.maxTime();
    }

    @Override
    public long[] offsetsOfId(String id) {
        LongBuf out = new LongBuf(4);
        ids.lookup(IdHash.of(id), idBlocks, idCache, out);
        return out.toArray();
    }

    @Override
    public List<String> lanes() {
        return lanes;
    }

    @Override
    public Map<String, Long> typeCounts() {
        return typeCounts;
    }

    @Override
    public TimelineAxis axis() {
        return axis;
    }

    @Override
    public Column column(String name) {
        return (Column) named.computeIfAbsent("col:" + name, k -> {
            byte[] d = sys.get(k);
            if (d == null) return new StoredColumn(new java.util.TreeMap<>(), 0);
            ByteSource in = new ByteSource(d);
            String mapName = in.readString();
            return new StoredColumn(StoreFile.blocksOrEmpty(db, mapName), in.readVarLong());
        });
    }

    @Override
    public Postings postings(String name) {
        return (Postings) named.computeIfAbsent("post:" + name, k -> {
            byte[] d = sys.get(k);
            if (d == null) return new StoredPostings(new java.util.TreeMap<>(), PostingsBlocks.Fence.EMPTY);
            ByteSource in = new ByteSource(d);
            String mapName = in.readString();
            return new StoredPostings(StoreFile.blocksOrEmpty(db, mapName), PostingsBlocks.Fence.read(in));
        });
    }

    @Override
    public Blobs blobs(String name) {
        return (Blobs) named.computeIfAbsent("blob:" + name, k -> {
            byte[] d = sys.get(k);
            if (d == null) return new BlobsImpl.Reader(new java.util.TreeMap<>(), new byte[] {0, 0});
            ByteSource in = new ByteSource(d);
            String mapName = in.readString();
            return new BlobsImpl.Reader(StoreFile.blocksOrEmpty(db, mapName), in.readBytes());
        });
    }

    @Override
    public long sizeOnDisk() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        synchronized (db) {
            if (!db.isClosed()) db.close();
        }
    }
}
