package dev.chronoscope.ingest;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The members of a JSON object as the readers build it: insertion-ordered like the
 * {@code LinkedHashMap} Jackson's tree reader uses, with the same behaviour (a repeated key keeps
 * its first place and takes the last value; removal keeps the order of the rest), in two arrays.
 *
 * <p>Why not {@code LinkedHashMap}: an ingest builds millions of small objects, and a linked map
 * costs a table and a 40-byte entry per member, which were 45% of the reader's allocation and the
 * largest share of young collections. Small objects are searched by a scan of their keys' hash
 * codes (strings keep theirs), which
 * for a handful of members is as quick as hashing; past {@link #SCAN_LIMIT} members an
 * open-addressing index of positions keeps lookups constant-time, so a record with a huge object
 * costs no quadratic build. Libraries offer array maps that scan at every size (fastutil) or hash
 * maps that do not keep insertion order, not both.
 *
 * <p>Null keys are refused; null values are allowed. Not thread-safe, like the maps it replaces.
 */
final class FieldMap<V> extends AbstractMap<String, V> {
    static final int SCAN_LIMIT = 12;

    private String[] keys;
    /** The keys' hash codes: a scan compares these ints and calls equals only on a match. */
    private int[] hashes;
    private Object[] values;
    private int size;
    /** Open addressing, position + 1 per slot (0 is empty); null while {@code size <= SCAN_LIMIT}. */
    private int[] slots;
    private int modifications;

    FieldMap(int expected) {
        int capacity = Math.max(1, expected);
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new Object[capacity];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String k && indexOf(k) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        if (!(key instanceof String k)) return null;
        int i = indexOf(k);
        return i < 0 ? null : (V) values[i];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V put(String key, V value) {
        Objects.requireNonNull(key, "key");
        int i = indexOf(key);
        if (i >= 0) {
            V old = (V) values[i];
            values[i] = value;
            return old;
        }
        if (size == keys.length) {
            int capacity = size * 2;
            keys = Arrays.copyOf(keys, capacity);
            hashes = Arrays.copyOf(hashes, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        keys[size] = key;
        hashes[size] = key.hashCode();
        values[size] = value;
        size++;
        modifications++;
        if (slots != null) {
            if (size * 2 > slots.length) rebuildSlots();
            else insertSlot(hashes[size - 1], size - 1);
        } else if (size > SCAN_LIMIT) {
            rebuildSlots();
        }
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        if (!(key instanceof String k)) return null;
        int i = indexOf(k);
        if (i < 0) return null;
        V old = (V) values[i];
        removeAt(i);
        return old;
    }

    @Override
    public void clear() {
        Arrays.fill(keys, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
        slots = null;
        modifications++;
    }

    private void removeAt(int i) {
        int tail = size - i - 1;
        System.arraycopy(keys, i + 1, keys, i, tail);
        System.arraycopy(hashes, i + 1, hashes, i, tail);
        System.arraycopy(values, i + 1, values, i, tail);
        size--;
        keys[size] = null;
        values[size] = null;
        modifications++;
        if (slots != null) {
            if (size > SCAN_LIMIT) rebuildSlots();
            else slots = null;
        }
    }

    private int indexOf(String key) {
        int hash = key.hashCode();
        if (slots == null) {
            for (int i = 0; i < size; i++) {
                if (hashes[i] == hash && key.equals(keys[i])) return i;
            }
            return -1;
        }
        int mask = slots.length - 1;
        for (int s = spread(hash) & mask; ; s = (s + 1) & mask) {
            int entry = slots[s];
            if (entry == 0) return -1;
            if (key.equals(keys[entry - 1])) return entry - 1;
        }
    }

    private void rebuildSlots() {
        int capacity = Integer.highestOneBit(Math.max(16, size * 4) - 1) << 1;
        slots = new int[capacity];
        for (int i = 0; i < size; i++) insertSlot(hashes[i], i);
    }

    private void insertSlot(int hash, int position) {
        int mask = slots.length - 1;
        int s = spread(hash) & mask;
        while (slots[s] != 0) s = (s + 1) & mask;
        slots[s] = position + 1;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new Entries();
    }

    private final class Entries extends AbstractSet<Map.Entry<String, V>> {
        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            FieldMap.this.clear();
        }

        /** A plain loop, no iterator: the store's encoder walks every object this way. */
        @Override
        public void forEach(Consumer<? super Map.Entry<String, V>> action) {
            int expected = modifications;
            for (int i = 0; i < size; i++) {
                action.accept(new Member(i));
                if (expected != modifications) throw new ConcurrentModificationException();
            }
        }

        @Override
        public Iterator<Map.Entry<String, V>> iterator() {
            return new Iterator<>() {
                private int next;
                private int last = -1;
                private int expected = modifications;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public Map.Entry<String, V> next() {
                    if (expected != modifications) throw new ConcurrentModificationException();
                    if (next >= size) throw new NoSuchElementException();
                    last = next++;
                    return new Member(last);
                }

                @Override
                public void remove() {
                    if (last < 0) throw new IllegalStateException();
                    if (expected != modifications) throw new ConcurrentModificationException();
                    removeAt(last);
                    next = last;
                    last = -1;
                    expected = modifications;
                }
            };
        }
    }

    /** A view of one member; like a linked map's entry, it reads and writes the map. */
    private final class Member implements Map.Entry<String, V> {
        private final int position;

        Member(int position) {
            this.position = position;
        }

        @Override
        public String getKey() {
            return keys[position];
        }

        @Override
        @SuppressWarnings("unchecked")
        public V getValue() {
            return (V) values[position];
        }

        @Override
        public V setValue(V value) {
            V old = getValue();
            values[position] = value;
            return old;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && Objects.equals(getKey(), e.getKey())
                    && Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(getKey()) ^ Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return getKey() + "=" + getValue();
        }
    }
}
