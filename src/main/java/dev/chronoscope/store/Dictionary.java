package dev.chronoscope.store;

import dev.chronoscope.codec.ByteSink;
import java.util.Arrays;
import java.util.HashMap;

/**
 * Strings (types, lanes) numbered in order of first appearance, with a use count per string. Logs
 * have few types and lanes, and hand over each as a fresh string or as one shared instance; a
 * small dictionary is therefore scanned, by instance and then by content, instead of hashing
 * every fresh string.
 */
final class Dictionary {
    private static final int SCANNED = 32;

    private final HashMap<String, Integer> ids = new HashMap<>();
    private String[] names = new String[16];
    private long[] counts = new long[16];
    private int size;
    private String lastName;
    private int lastId;

    /** Counts one use of name and returns its number. */
    int add(String name) {
        int id;
        if (name.equals(lastName)) {
            id = lastId;
        } else {
            id = indexOf(name);
            if (id < 0) id = addNew(name);
            lastName = name;
            lastId = id;
        }
        counts[id]++;
        return id;
    }

    private int indexOf(String name) {
        if (size > SCANNED) {
            Integer known = ids.get(name);
            return known == null ? -1 : known;
        }
        for (int i = 0; i < size; i++) if (names[i] == name) return i;
        for (int i = 0; i < size; i++) if (names[i].equals(name)) return i;
        return -1;
    }

    private int addNew(String name) {
        int id = size++;
        if (id == names.length) {
            names = Arrays.copyOf(names, id * 2);
            counts = Arrays.copyOf(counts, id * 2);
        }
        names[id] = name;
        ids.put(name, id);
        return id;
    }

    /** Names and counts, for the store's summary. */
    byte[] encode() {
        ByteSink out = new ByteSink(64 + size * 16);
        out.writeVarInt(size);
        for (int i = 0; i < size; i++) {
            out.writeString(names[i]);
            out.writeVarLong(counts[i]);
        }
        return out.toByteArray();
    }
}
