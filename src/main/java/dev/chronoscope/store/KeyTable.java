package dev.chronoscope.store;

import dev.chronoscope.codec.ByteSink;
import dev.chronoscope.codec.ByteSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The field names used inside one block, numbered in order of first use. Records in a block
 * repeat the same few names, so each name is stored once per block and referenced by number.
 * A small open-addressing table tries identity first: parsers hand over the same String
 * instances for repeated field names.
 */
final class KeyTable {
    private String[] slots = new String[64];
    private int[] slotIds = new int[64];
    private final List<String> names = new ArrayList<>();

    int id(String name) {
        int mask = slots.length - 1;
        int h = name.hashCode();
        int i = (h ^ (h >>> 16)) & mask;
        for (String s = slots[i]; s != null; s = slots[i]) {
            if (s == name || s.equals(name)) return slotIds[i];
            i = (i + 1) & mask;
        }
        int id = names.size();
        names.add(name);
        slots[i] = name;
        slotIds[i] = id;
        if (names.size() * 2 > slots.length) rehash();
        return id;
    }

    private void rehash() {
        slots = new String[slots.length * 2];
        slotIds = new int[slots.length];
        int mask = slots.length - 1;
        for (int id = 0; id < names.size(); id++) {
            int h = names.get(id).hashCode();
            int i = (h ^ (h >>> 16)) & mask;
            while (slots[i] != null) i = (i + 1) & mask;
            slots[i] = names.get(id);
            slotIds[i] = id;
        }
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
        if (slots.length > 1024) {
            slots = new String[64];
            slotIds = new int[64];
        } else {
            Arrays.fill(slots, null);
        }
        names.clear();
    }
}
