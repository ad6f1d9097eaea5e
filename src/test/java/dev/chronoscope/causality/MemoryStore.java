package dev.chronoscope.causality;

import dev.chronoscope.event.Event;
import dev.chronoscope.store.Blobs;
import dev.chronoscope.store.Column;
import dev.chronoscope.store.TimelineAxis;
import dev.chronoscope.store.DuplicateId;
import dev.chronoscope.store.LogStore;
import dev.chronoscope.store.LogStoreWriter;
import dev.chronoscope.store.Postings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A store in memory for causality tests: events, ids, meta, postings, columns and blobs. Its
 * postings reject decreasing offsets per key, as the real store's contract allows them to.
 */
final class MemoryStore implements LogStoreWriter {
    private final List<Event> events = new ArrayList<>();
    private final Map<String, long[]> ids = new HashMap<>();
    private final Map<String, String> meta = new LinkedHashMap<>();
    private final Map<String, Integer> laneIndexes = new LinkedHashMap<>();
    private final Map<String, MemoryPostings> postings = new HashMap<>();
    private final Map<String, MemoryColumn> columns = new HashMap<>();
    private final Map<String, MemoryBlobs> blobs = new HashMap<>();

    @Override
    public void append(Event event) {
        if (event.offset() != events.size()) throw new IllegalArgumentException("offset " + event.offset());
        events.add(event);
        laneIndexes.putIfAbsent(event.lane(), laneIndexes.size());
        if (event.id() != null) {
            long[] old = ids.getOrDefault(event.id(), new long[0]);
            long[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = event.offset();
            ids.put(event.id(), grown);
        }
    }

    @Override
    public long eventCount() {
        return events.size();
    }

    @Override
    public long[] offsetsOfIdSoFar(String id) {
        return ids.getOrDefault(id, new long[0]).clone();
    }

    @Override
    public long duplicateIds() {
        return 0;
    }

    @Override
    public DuplicateId firstDuplicateId() {
        return null;
    }

    @Override
    public void putMeta(String key, String value) {
        meta.put(key, value);
    }

    @Override
    public MemoryPostings postings(String name) {
        return postings.computeIfAbsent(name, n -> new MemoryPostings());
    }

    @Override
    public LogStore commit() {
        return new View();
    }

    @Override
    public MemoryColumn column(String name) {
        return columns.computeIfAbsent(name, n -> new MemoryColumn());
    }

    @Override
    public MemoryBlobs blobs(String name) {
        return blobs.computeIfAbsent(name, n -> new MemoryBlobs());
    }

    @Override
    public long bytesWritten() {
        return 0;
    }

    @Override
    public void abort() {}

    @Override
    public void close() {}

    /** The committed store: reads what the writer collected. */
    final class View implements LogStore {
        @Override
        public long[] offsetsOfId(String id) {
            return MemoryStore.this.offsetsOfIdSoFar(id);
        }

        @Override
        public Map<String, String> meta() {
            return meta;
        }

        @Override
        public Event event(long offset) {
            return events.get((int) offset);
        }

        @Override
        public void scan(long from, long to, Consumer<Event> visitor) {
            for (long i = from; i < to; i++) visitor.accept(event(i));
        }

        @Override
        public long time(long offset) {
            return event(offset).time();
        }

        @Override
        public int laneIndex(long offset) {
            return laneIndexes.get(event(offset).lane());
        }

        @Override
        public List<String> lanes() {
            return List.copyOf(laneIndexes.keySet());
        }

        @Override
        public long minTime() {
            return events.stream().filter(Event::hasTime).mapToLong(Event::time).min().orElse(Event.NO_TIME);
        }

        @Override
        public long maxTime() {
            return events.stream().filter(Event::hasTime).mapToLong(Event::time).max().orElse(Event.NO_TIME);
        }

        @Override
        public Map<String, Long> typeCounts() {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Event e : events) counts.merge(e.type(), 1L, Long::sum);
            return counts;
        }

        @Override
        public TimelineAxis axis() {
            throw new UnsupportedOperationException("the in-memory test store keeps no timeline");
        }

        @Override
        public long sizeOnDisk() {
            return 0;
        }


        @Override
        public long eventCount() {
            return events.size();
        }

        @Override
        public Postings postings(String name) {
            return MemoryStore.this.postings(name);
        }

        @Override
        public Column column(String name) {
            return MemoryStore.this.column(name);
        }

        @Override
        public Blobs blobs(String name) {
            return MemoryStore.this.blobs(name);
        }

        @Override
        public void close() {}
    }

    /** Postings as sorted arrays per key. */
    static final class MemoryPostings implements Postings, Postings.Writer {
        private final Map<String, long[]> lists = new HashMap<>();
        private final Map<String, Integer> sizes = new HashMap<>();

        @Override
        public void add(String key, long offset) {
            long[] list = lists.computeIfAbsent(key, k -> new long[4]);
            int size = sizes.getOrDefault(key, 0);
            if (size > 0 && list[size - 1] > offset) {
                throw new IllegalStateException("offsets of " + key + " decrease: " + list[size - 1] + " then " + offset);
            }
            if (size == list.length) lists.put(key, list = Arrays.copyOf(list, size * 2));
            list[size] = offset;
            sizes.put(key, size + 1);
        }

        @Override
        public long[] offsets(String key, long from, long to) {
            long[] list = lists.get(key);
            if (list == null) return new long[0];
            int size = sizes.get(key);
            int lo = 0;
            while (lo < size && list[lo] < from) lo++;
            int hi = lo;
            while (hi < size && list[hi] < to) hi++;
            return Arrays.copyOfRange(list, lo, hi);
        }

        @Override
        public long floor(String key, long offset) {
            long best = -1;
            for (long o : offsets(key, 0, Long.MAX_VALUE)) if (o <= offset) best = o;
            return best;
        }

        @Override
        public long ceiling(String key, long offset) {
            for (long o : offsets(key, 0, Long.MAX_VALUE)) if (o >= offset) return o;
            return -1;
        }

        @Override
        public long count(String key) {
            return sizes.getOrDefault(key, 0);
        }

        @Override
        public List<String> keysWithPrefix(String prefix, int limit) {
            return lists.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().limit(limit).toList();
        }

        @Override
        public void forEachKey(String fromKey, String toKey, java.util.function.BiConsumer<String, long[]> visitor) {
            lists.keySet().stream().filter(k -> k.compareTo(fromKey) >= 0 && k.compareTo(toKey) <= 0).sorted()
                    .forEach(k -> visitor.accept(k, offsets(k, Long.MIN_VALUE, Long.MAX_VALUE)));
        }
    }

    /** A column as a list of values. */
    static final class MemoryColumn implements Column, Column.Writer {
        private final List<byte[]> values = new ArrayList<>();

        @Override
        public void append(byte[] value) {
            values.add(value == null ? new byte[0] : value.clone());
        }

        @Override
        public byte[] get(long offset) {
            return offset < 0 || offset >= values.size() ? new byte[0] : values.get((int) offset).clone();
        }

        @Override
        public long size() {
            return values.size();
        }
    }

    /** Blobs as a sorted map. */
    static final class MemoryBlobs implements Blobs, Blobs.Writer {
        private final java.util.TreeMap<Long, byte[]> values = new java.util.TreeMap<>();

        @Override
        public void put(long key, byte[] value) {
            values.put(key, value.clone());
        }

        @Override
        public byte[] get(long key) {
            return values.get(key);
        }

        @Override
        public Map.Entry<Long, byte[]> floor(long key) {
            return values.floorEntry(key);
        }

        @Override
        public long count() {
            return values.size();
        }

        @Override
        public long bytes() {
            return values.values().stream().mapToLong(v -> v.length).sum();
        }
    }
}
