package dev.chronoscope.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * The field names used inside one block, numbered in order of first use. Records in a block
 * repeat the same few names, so each name is stored once per block and referenced by number.
 */
final class KeyTable {
    private final HashMap<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    int id(String name) {
        Integer id = ids.get(name);
        if (id != null) return id;
        int next = names.size();
        ids.put(name, next);
        names.add(name);
        return next;
    }

    int size() {
        return names.size();
    }

    void writeTo(ByteSink sink) {
        sink.writeVarInt(names.size());
        for (String n : names) sink.writeString(n);
    }

    static String[] read(ByteSource src) {
        int n = src.readVarInt();
        String[] names = new String[n];
        for (int i = 0; i < n; i++) names[i] = src.readString();
        return names;
    }

    void clear() {
        ids.clear();
        names.clear();
    }
}
