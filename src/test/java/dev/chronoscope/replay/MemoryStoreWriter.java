package dev.chronoscope.replay;

import dev.chronoscope.event.Event;
import dev.chronoscope.store.Blobs;
import dev.chronoscope.store.Column;
import dev.chronoscope.store.DuplicateId;
import dev.chronoscope.store.LogStore;
import dev.chronoscope.store.LogStoreWriter;
import dev.chronoscope.store.Postings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An in-memory {@link LogStoreWriter} for replay tests. Stricter than it needs to be on purpose:
 * postings must arrive in ascending offset order without duplicates, and every column must hold
 * one value per event at commit, so that the builder's bookkeeping is checked too.
 */
public final class MemoryStoreWriter implements LogStoreWriter {
    final List<Event> events = new ArrayList<>();
    final Map<String, String> meta = new HashMap<>();
    final Map<String, List<byte[]>> columns = new HashMap<>();
    final Map<String, TreeMap<String, TreeSet<Long>>> postings = new HashMap<>();
    final Map<String, TreeMap<Long, byte[]>> blobs = new HashMap<>();
    private long bytes;

    @Override
    public void append(Event event) {
        events.add(event);
        bytes += 64;
    }

    @Override
    public long eventCount() {
        return events.size();
    }

    @Override
    public long[] offsetsOfIdSoFar(String id) {
        return events.stream().filter(e -> id.equals(e.id())).mapToLong(Event::offset).toArray();
    }

    @Override
    public long duplicateIds() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return events.stream().filter(e -> e.id() != null && !seen.add(e.id())).count();
    }

    @Override
    public DuplicateId firstDuplicateId() {
        Map<String, Long> latest = new HashMap<>();
        for (Event e : events) {
            if (e.id() == null) continue;
            Long earlier = latest.put(e.id(), e.offset());
            if (earlier != null) return new DuplicateId(e.offset(), earlier);
        }
        return null;
    }

    @Override
    public void putMeta(String key, String value) {
        meta.put(key, value);
    }

    @Override
    public Column.Writer column(String name) {
        List<byte[]> values = columns.computeIfAbsent(name, n -> new ArrayList<>());
        return new Column.Writer() {
            @Override
            public void append(byte[] value) {
                values.add(value.clone());
                bytes += value.length;
            }

            @Override
            public long size() {
                return values.size();
            }
        };
    }

    @Override
    public Postings.Writer postings(String name) {
        TreeMap<String, TreeSet<Long>> index = postings.computeIfAbsent(name, n -> new TreeMap<>());
        return (key, offset) -> {
            TreeSet<Long> offsets = index.computeIfAbsent(key, k -> new TreeSet<>());
            if (!offsets.isEmpty() && offsets.last() >= offset) {
                throw new IllegalStateException("postings " + name + "/" + key + ": " + offset
                        + " after " + offsets.last());
            }
            offsets.add(offset);
            bytes += 4;
        };
    }

    @Override
    public Blobs.Writer blobs(String name) {
        TreeMap<Long, byte[]> map = blobs.computeIfAbsent(name, n -> new TreeMap<>());
        return (key, value) -> {
            map.put(key, value.clone());
            bytes += value.length;
        };
    }

    @Override
    public long bytesWritten() {
        return bytes;
    }

    @Override
    public LogStore commit() {
        for (Map.Entry<String, List<byte[]>> c : columns.entrySet()) {
            if (c.getValue().size() != events.size()) {
                throw new IllegalStateException("column " + c.getKey() + " has " + c.getValue().size()
                        + " values for " + events.size() + " events");
            }
        }
        return new MemoryStore(this);
    }

    @Override
    public void abort() {
        events.clear();
    }

    @Override
    public void close() {}
}
