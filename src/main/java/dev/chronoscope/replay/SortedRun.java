package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable map over parallel arrays of keys in ascending order. It exists so that a decoded
 * checkpoint becomes a {@link TreeMap} in linear time: {@code new TreeMap<>(sortedMap)} builds
 * the tree from sorted input directly, where inserting the leaves one by one would rebalance at
 * every step. The range views are answered through such a copy; nothing on a hot path uses them.
 */
final class SortedRun extends AbstractMap<String, JsonNode> implements SortedMap<String, JsonNode> {
    private final String[] keys;
    private final JsonNode[] values;
    private final int size;

    SortedRun(String[] keys, JsonNode[] values, int size) {
        this.keys = keys;
        this.values = values;
        this.size = size;
    }

    static final SortedRun EMPTY = new SortedRun(new String[0], new JsonNode[0], 0);

    /**
     * This run with the leaves of {@code net} laid over it (a null value removes the leaf), by one
     * merge of two sorted sequences: the cheap way to roll a checkpoint forward over many events.
     */
    SortedRun overlay(Map<String, JsonNode> net) {
        if (net.isEmpty()) return this;
        String[] changed = net.keySet().toArray(new String[0]);
        Arrays.sort(changed);
        String[] outKeys = new String[size + changed.length];
        JsonNode[] outValues = new JsonNode[outKeys.length];
        int i = 0, j = 0, n = 0;
        while (i < size || j < changed.length) {
            int cmp = i == size ? 1 : j == changed.length ? -1 : keys[i].compareTo(changed[j]);
            if (cmp < 0) {
                outKeys[n] = keys[i];
                outValues[n++] = values[i++];
                continue;
            }
            if (cmp == 0) i++;
            JsonNode v = net.get(changed[j]);
            if (v != null) {
                outKeys[n] = changed[j];
                outValues[n++] = v;
            }
            j++;
        }
        return new SortedRun(outKeys, outValues, n);
    }

    TreeMap<String, JsonNode> toTreeMap() {
        return new TreeMap<>(this);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Comparator<? super String> comparator() {
        return null;
    }

    @Override
    public String firstKey() {
        if (size == 0) throw new NoSuchElementException();
        return keys[0];
    }

    @Override
    public String lastKey() {
        if (size == 0) throw new NoSuchElementException();
        return keys[size - 1];
    }

    @Override
    public SortedMap<String, JsonNode> subMap(String fromKey, String toKey) {
        return toTreeMap().subMap(fromKey, toKey);
    }

    @Override
    public SortedMap<String, JsonNode> headMap(String toKey) {
        return toTreeMap().headMap(toKey);
    }

    @Override
    public SortedMap<String, JsonNode> tailMap(String fromKey) {
        return toTreeMap().tailMap(fromKey);
    }

    @Override
    public Set<Entry<String, JsonNode>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, JsonNode>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < size;
                    }

                    @Override
                    public Entry<String, JsonNode> next() {
                        if (i >= size) throw new NoSuchElementException();
                        Entry<String, JsonNode> e = new SimpleImmutableEntry<>(keys[i], values[i]);
                        i++;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
