package dev.chronoscope.replay;

import dev.chronoscope.event.Event;
import dev.chronoscope.store.Blobs;
import dev.chronoscope.store.Column;
import dev.chronoscope.store.TimelineAxis;
import dev.chronoscope.store.LogStore;
import dev.chronoscope.store.Postings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/** The read side of {@link MemoryStoreWriter}: enough of a {@link LogStore} for replay tests. */
public final class MemoryStore implements LogStore {
    private final MemoryStoreWriter w;

    MemoryStore(MemoryStoreWriter writer) {
        this.w = writer;
    }

    @Override
    public Map<String, String> meta() {
        return Map.copyOf(w.meta);
    }

    @Override
    public long eventCount() {
        return w.events.size();
    }

    @Override
    public Event event(long offset) {
        return w.events.get((int) offset);
    }

    @Override
    public void scan(long from, long to, Consumer<Event> visitor) {
        for (long k = from; k < to; k++) visitor.accept(event(k));
    }

    @Override
    public long time(long offset) {
        return event(offset).time();
    }

    @Override
    public int laneIndex(long offset) {
        return lanes().indexOf(event(offset).lane());
    }

    @Override
    public long minTime() {
        return w.events.stream().filter(Event::hasTime).mapToLong(Event::time).min().orElse(Event.NO_TIME);
    }

    @Override
    public long maxTime() {
        return w.events.stream().filter(Event::hasTime).mapToLong(Event::time).max().orElse(Event.NO_TIME);
    }

    @Override
    public long[] offsetsOfId(String id) {
        return w.offsetsOfIdSoFar(id);
    }

    @Override
    public List<String> lanes() {
        return w.events.stream().map(Event::lane).distinct().toList();
    }

    @Override
    public Map<String, Long> typeCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Event e : w.events) counts.merge(e.type(), 1L, Long::sum);
        return counts;
    }

    @Override
    public TimelineAxis axis() {
        throw new UnsupportedOperationException("the in-memory test store keeps no timeline");
    }

    @Override
    public Column column(String name) {
        List<byte[]> values = w.columns.getOrDefault(name, List.of());
        return new Column() {
            @Override
            public byte[] get(long offset) {
                return offset < values.size() ? values.get((int) offset) : new byte[0];
            }

            @Override
            public long size() {
                return values.size();
            }
        };
    }

    @Override
    public Postings postings(String name) {
        TreeMap<String, TreeSet<Long>> index = w.postings.getOrDefault(name, new TreeMap<>());
        return new Postings() {
            private NavigableSet<Long> of(String key) {
                return index.getOrDefault(key, new TreeSet<>());
            }

            @Override
            public long[] offsets(String key, long from, long to) {
                if (from >= to) return new long[0];
                return of(key).subSet(from, true, to, false).stream().mapToLong(Long::longValue).toArray();
            }

            @Override
            public long floor(String key, long offset) {
                Long k = of(key).floor(offset);
                return k == null ? -1 : k;
            }

            @Override
            public long ceiling(String key, long offset) {
                Long k = of(key).ceiling(offset);
                return k == null ? -1 : k;
            }

            @Override
            public long count(String key) {
                return of(key).size();
            }

            @Override
            public List<String> keysWithPrefix(String prefix, int limit) {
                List<String> out = new ArrayList<>();
                for (String key : index.tailMap(prefix, true).keySet()) {
                    if (!key.startsWith(prefix) || out.size() >= limit) break;
                    out.add(key);
                }
                return out;
            }

            @Override
            public void forEachKey(String fromKey, String toKey, java.util.function.BiConsumer<String, long[]> visitor) {
                if (fromKey.compareTo(toKey) > 0) return;
                index.subMap(fromKey, true, toKey, true).forEach((key, offsets) ->
                        visitor.accept(key, offsets.stream().mapToLong(Long::longValue).toArray()));
            }
        };
    }

    @Override
    public Blobs blobs(String name) {
        TreeMap<Long, byte[]> map = w.blobs.getOrDefault(name, new TreeMap<>());
        return new Blobs() {
            @Override
            public byte[] get(long key) {
                return map.get(key);
            }

            @Override
            public Map.Entry<Long, byte[]> floor(long key) {
                return map.floorEntry(key);
            }

            @Override
            public long count() {
                return map.size();
            }

            @Override
            public long bytes() {
                return map.values().stream().mapToLong(v -> v.length).sum();
            }
        };
    }

    @Override
    public long sizeOnDisk() {
        return w.bytesWritten();
    }

    @Override
    public void close() {}
}
