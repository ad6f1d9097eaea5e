package dev.chronoscope.store;

import java.util.Arrays;

/**
 * Numbers strings 0, 1, 2, ... in order of first sight, in an open-addressing table of two arrays:
 * no entry object per key and one probe sequence per lookup. A postings run holds hundreds of
 * thousands of keys, so a map of boxed entries would be what the collector spends its time on.
 */
final class KeyNumbers {
    private String[] table = new String[1024];
    private int[] numbers = new int[1024];
    private String[] byNumber = new String[256];
    private int size;

    int size() {
        return size;
    }

    /** The key's number, giving it the next one when it is new. */
    int numberOf(String key) {
        int mask = table.length - 1;
        int i = spread(key.hashCode()) & mask;
        for (String k; (k = table[i]) != null; i = (i + 1) & mask) {
            if (k.equals(key)) return numbers[i];
        }
        if (size == byNumber.length) byNumber = Arrays.copyOf(byNumber, size * 2);
        byNumber[size] = key;
        table[i] = key;
        numbers[i] = size;
        size++;
        if (size * 2 > table.length) grow();
        return size - 1;
    }

    /** The key's number, or -1 when it has none. */
    int find(String key) {
        int mask = table.length - 1;
        for (int i = spread(key.hashCode()) & mask; table[i] != null; i = (i + 1) & mask) {
            if (table[i].equals(key)) return numbers[i];
        }
        return -1;
    }

    String keyOf(int number) {
        return byNumber[number];
    }

    /** The keys sorted (a fresh array). */
    String[] inKeyOrder() {
        String[] sorted = Arrays.copyOf(byNumber, size);
        Arrays.sort(sorted);
        return sorted;
    }

    /** Forgets every key but keeps the table's size: the next run sees about as many keys. */
    void clear() {
        Arrays.fill(table, null);
        Arrays.fill(byNumber, 0, size, null);
        size = 0;
    }

    private void grow() {
        String[] oldTable = table;
        int[] oldNumbers = numbers;
        table = new String[oldTable.length * 2];
        numbers = new int[oldTable.length * 2];
        int mask = table.length - 1;
        for (int j = 0; j < oldTable.length; j++) {
            String k = oldTable[j];
            if (k == null) continue;
            int i = spread(k.hashCode()) & mask;
            while (table[i] != null) i = (i + 1) & mask;
            table[i] = k;
            numbers[i] = oldNumbers[j];
        }
    }

    /** String hashes of similar paths differ in few low bits; mix them before masking. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
