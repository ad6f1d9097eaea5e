package dev.chronoscope.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;

/** A small thread-safe LRU of decoded blocks, so that neighbouring reads decode a block once. */
final class BlockCache<V> {
    private final LinkedHashMap<Long, V> map;

    BlockCache(int capacity) {
        map = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > capacity;
            }
        };
    }

    V get(long block, LongFunction<V> load) {
        synchronized (map) {
            V v = map.get(block);
            if (v != null) return v;
        }
        V loaded = load.apply(block);
        synchronized (map) {
            map.put(block, loaded);
        }
        return loaded;
    }

    void clear() {
        synchronized (map) {
            map.clear();
        }
    }
}
