package dev.chronoscope.causality;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/** Offsets seen by a walk: a bit set when offsets fit an int, else a hash set. */
interface Visited {

    /** True when offset was not seen before (and is now). */
    boolean add(long offset);

    static Visited forCount(long eventCount) {
        if (eventCount <= Integer.MAX_VALUE) {
            BitSet bits = new BitSet();
            return offset -> {
                if (offset < 0 || offset > Integer.MAX_VALUE) return false;
                int i = (int) offset;
                if (bits.get(i)) return false;
                bits.set(i);
                return true;
            };
        }
        Set<Long> seen = new HashSet<>();
        return seen::add;
    }
}
