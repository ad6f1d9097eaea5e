package dev.chronoscope.causality;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/** Offsets seen by a walk. */
interface Visited {

    /** True when offset was not seen before (and is now). */
    boolean add(long offset);

    /**
     * A small hash set of offsets that turns into a bit set once the walk is large: most slices
     * (a few hops around the cursor) see a handful of events, and a bit set as long as the log
     * made every one of them allocate up to an eighth of a byte per event (a megabyte at 10M).
     */
    static Visited forCount(long eventCount) {
        if (eventCount <= Integer.MAX_VALUE) return new SmallThenBits();
        Set<Long> seen = new HashSet<>();
        return seen::add;
    }

    /** Open addressing over offsets + 1 (0 marks a free slot) until {@link #DENSE} offsets, then a bit set. */
    final class SmallThenBits implements Visited {
        static final int DENSE = 4096;
        private long[] slots = new long[32];
        private int size;
        private BitSet bits;

        @Override
        public boolean add(long offset) {
            if (offset < 0 || offset > Integer.MAX_VALUE) return false;
            if (bits != null) {
                if (bits.get((int) offset)) return false;
                bits.set((int) offset);
                return true;
            }
            if (!insert(slots, offset + 1)) return false;
            if (++size > DENSE) toBits();
            else if (size * 2 > slots.length) grow();
            return true;
        }

        private static boolean insert(long[] table, long key) {
            int mask = table.length - 1;
            for (int i = (int) mix(key) & mask; ; i = (i + 1) & mask) {
                if (table[i] == key) return false;
                if (table[i] == 0) {
                    table[i] = key;
                    return true;
                }
            }
        }

        private static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 32);
        }

        private void grow() {
            long[] bigger = new long[slots.length * 2];
            for (long key : slots) if (key != 0) insert(bigger, key);
            slots = bigger;
        }

        private void toBits() {
            bits = new BitSet();
            for (long key : slots) if (key != 0) bits.set((int) (key - 1));
            slots = null;
        }
    }
}
