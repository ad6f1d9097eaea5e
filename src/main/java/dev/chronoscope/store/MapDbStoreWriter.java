package dev.chronoscope.store;

import dev.chronoscope.codec.ByteSink;
import dev.chronoscope.event.Event;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mapdb.BTreeMap;
import org.mapdb.DB;

/**
 * Fills one cache file during an ingest. Events go to the event blocks, the time/lane blocks, the
 * timeline's density builders and the id index as they arrive; named columns, postings and blobs are created
 * on first use. {@link #commit} writes the summaries, then the completeness mark, closes the file
 * and reopens it read-only.
 */
final class MapDbStoreWriter implements LogStoreWriter {
    private final MapDbCatalog catalog;
    private final Fingerprint fingerprint;
    private final Path file;
    private final MapDbCatalog.Lock lock;
    private final DB db;
    private final BTreeMap<String, byte[]> sys;
    private final Dictionary types = new Dictionary();
    private final Dictionary lanes = new Dictionary();
    private final EventBlockWriter events;
    private final BlockSink eventSink;
    private final Map<String, BlockSink> columnSinks = new LinkedHashMap<>();
    private final TimeLaneWriter timeLane;
    private final TimelineAxisBuilder axis = new TimelineAxisBuilder();
    private final IdIndexWriter ids;
    private final Map<String, String> meta = new LinkedHashMap<>();
    private final Map<String, ColumnWriterImpl> columns = new LinkedHashMap<>();
    private final Map<String, PostingsWriterImpl> postings = new LinkedHashMap<>();
    private final Map<String, BlobsImpl.Writer> blobs = new LinkedHashMap<>();
    private final Map<Object, String> mapNames = new LinkedHashMap<>();
    private final java.util.List<ScratchFile> scratchFiles = new java.util.ArrayList<>();
    private long count;
    private boolean finished;

    MapDbStoreWriter(MapDbCatalog catalog, Fingerprint fingerprint, Path file, MapDbCatalog.Lock lock, DB db) {
        this.catalog = catalog;
        this.fingerprint = fingerprint;
        this.file = file;
        this.lock = lock;
        this.db = db;
        sys = StoreFile.sys(db, true);
        sys.put(StoreFile.VERSION, StoreFile.intBytes(StoreFile.FORMAT_VERSION));
        sys.put(StoreFile.FINGERPRINT, StoreFile.fingerprintBytes(fingerprint));
        eventSink = new BlockSink(db, "events");
        events = new EventBlockWriter(eventSink::put);
        timeLane = new TimeLaneWriter(StoreFile.blocks(db, "timelane", true));
        ids = new IdIndexWriter(scratch("ids"), StoreFile.blocks(db, "ids", true), 1 << 19);
    }

    @Override
    public void append(Event e) {
        checkOpen();
        if (e.offset() != count && e.offset() != Event.UNASSIGNED) {
            throw new IllegalArgumentException(
                    "event offset " + e.offset() + " appended where offset " + count + " was expected");
        }
        int type = types.add(e.type());
        int lane = lanes.add(e.lane());
        events.append(e, type, lane);
        timeLane.append(e.time(), lane);
        axis.add(lane, e.time(), e.severity().ordinal());
        if (e.id() != null) ids.add(e.id(), count);
        count++;
    }

    @Override
    public long eventCount() {
        return count;
    }

    @Override
    public long[] offsetsOfIdSoFar(String id) {
        return ids.offsetsSoFar(id);
    }

    @Override
    public long duplicateIds() {
        return ids.duplicates();
    }

    @Override
    public DuplicateId firstDuplicateId() {
        return ids.firstDuplicate();
    }

    @Override
    public synchronized void putMeta(String key, String value) {
        meta.put(key, value);
    }

    @Override
    public synchronized Column.Writer column(String name) {
        checkOpen();
        return columns.computeIfAbsent(name, n -> {
            BlockSink sink = new BlockSink(db, mapName("c", n));
            columnSinks.put(n, sink);
            return new ColumnWriterImpl(sink::put);
        });
    }

    @Override
    public synchronized Postings.Writer postings(String name) {
        checkOpen();
        return postings.computeIfAbsent(name, n -> new PostingsWriterImpl(
                scratch(mapName("p", n)), StoreFile.blocks(db, mapName("p", n), true),
                PostingsWriterImpl.BUDGET));
    }

    @Override
    public synchronized Blobs.Writer blobs(String name) {
        checkOpen();
        return blobs.computeIfAbsent(name, n -> new BlobsImpl.Writer(StoreFile.blocks(db, mapName("b", n), true)));
    }

    private synchronized ScratchFile scratch(String name) {
        ScratchFile f = new ScratchFile(MapDbCatalog.scratchFile(file, name));
        scratchFiles.add(f);
        return f;
    }

    /** MapDB names are generated: user names may contain characters MapDB's catalog reserves. */
    private String mapName(String kind, String name) {
        return mapNames.computeIfAbsent(kind + ":" + name, k -> kind + mapNames.size());
    }

    @Override
    public synchronized long bytesWritten() {
        long total = events.bytesWritten() + timeLane.bytesWritten() + ids.bytesWritten();
        for (ColumnWriterImpl c : columns.values()) total += c.bytesWritten();
        for (PostingsWriterImpl p : postings.values()) total += p.bytesWritten();
        for (BlobsImpl.Writer b : blobs.values()) total += b.bytesWritten();
        return total;
    }

    /**
     * The pyramid's levels go in through MapDB's sink, in key order: one blob per lane and level,
     * and a log whose lanes are request ids has hundreds of thousands, where B-tree puts one by
     * one took seconds per hundred thousand.
     */
    private byte[] writeDensity() {
        java.util.TreeMap<Long, byte[]> levels = new java.util.TreeMap<>();
        byte[] summary = axis.finish(levels);
        BlockSink sink = new BlockSink(db, "density");
        levels.forEach(sink::put);
        sink.finish();
        return summary;
    }

    @Override
    public LogStore commit() {
        checkOpen();
        events.flush();
        eventSink.finish();
        timeLane.flush();
        sys.put("count", longBytes(count));
        sys.put("types", types.encode());
        sys.put("lanes", lanes.encode());
        sys.put("time", timeLane.summary());
        sys.put("density", writeDensity());
        sys.put("axis", new byte[] {axis.byOffset() ? StoredTimelineAxis.BY_OFFSET : StoredTimelineAxis.BY_TIME});
        sys.put("ids", ids.finish().describe());
        sys.put("meta", encodeMeta());
        for (Map.Entry<String, ColumnWriterImpl> c : columns.entrySet()) {
            c.getValue().flush();
            columnSinks.get(c.getKey()).finish();
            ByteSink d = new ByteSink(32);
            d.writeString(mapName("c", c.getKey()));
            d.writeVarLong(c.getValue().size());
            sys.put("col:" + c.getKey(), d.toByteArray());
        }
        for (Map.Entry<String, PostingsWriterImpl> p : postings.entrySet()) {
            ByteSink d = new ByteSink(256);
            d.writeString(mapName("p", p.getKey()));
            p.getValue().finish().writeTo(d);
            sys.put("post:" + p.getKey(), d.toByteArray());
        }
        for (Map.Entry<String, BlobsImpl.Writer> b : blobs.entrySet()) {
            ByteSink d = new ByteSink(32);
            d.writeString(mapName("b", b.getKey()));
            d.writeBytes(b.getValue().summary());
            sys.put("blob:" + b.getKey(), d.toByteArray());
        }
        scratchFiles.forEach(ScratchFile::delete);
        sys.put(StoreFile.COMPLETE, new byte[] {1});
        db.commit();
        db.close();
        finished = true;
        try {
            return catalog.openFile(fingerprint).orElseThrow(() ->
                    new IllegalStateException("the cache file " + file + " just written does not reopen"));
        } finally {
            lock.release();
        }
    }

    private byte[] encodeMeta() {
        ByteSink out = new ByteSink(256);
        out.writeVarInt(meta.size());
        for (Map.Entry<String, String> m : meta.entrySet()) {
            out.writeString(m.getKey());
            out.writeString(m.getValue() == null ? "" : m.getValue());
        }
        return out.toByteArray();
    }

    static byte[] longBytes(long v) {
        ByteSink s = new ByteSink(8);
        s.writeLong(v);
        return s.toByteArray();
    }

    @Override
    public void abort() {
        if (finished) return;
        finished = true;
        try {
            if (!db.isClosed()) db.close();
        } catch (RuntimeException e) {
            // the file is deleted next anyway; a failed close must not keep the lock held
        } finally {
            scratchFiles.forEach(ScratchFile::delete);
            MapDbCatalog.deleteQuietly(file);
            lock.release();
        }
    }

    @Override
    public void close() {
        abort();
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException(
                    "the store writer for " + fingerprint.description() + " is already committed or aborted");
        }
    }
}
