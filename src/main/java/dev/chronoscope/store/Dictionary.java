package dev.chronoscope.store;

import dev.chronoscope.codec.ByteSink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/** Strings (types, lanes) numbered in order of first appearance, with a use count per string. */
final class Dictionary {
    private final HashMap<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private long[] counts = new long[16];
    private String lastName;
    private int lastId;

    /** Counts one use of name and returns its number. */
    int add(String name) {
        int id;
        if (name.equals(lastName)) {
            id = lastId;
        } else {
            Integer known = ids.get(name);
            if (known == null) {
                id = names.size();
                ids.put(name, id);
                names.add(name);
                if (id == counts.length) counts = Arrays.copyOf(counts, id * 2);
            } else {
                id = known;
            }
            lastName = name;
            lastId = id;
        }
        counts[id]++;
        return id;
    }

    /** Names and counts, for the store's summary. */
    byte[] encode() {
        ByteSink out = new ByteSink(64 + names.size() * 16);
        out.writeVarInt(names.size());
        for (int i = 0; i < names.size(); i++) {
            out.writeString(names.get(i));
            out.writeVarLong(counts[i]);
        }
        return out.toByteArray();
    }
}
