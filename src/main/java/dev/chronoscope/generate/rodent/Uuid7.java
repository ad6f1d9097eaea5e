package dev.chronoscope.generate.rodent;

import java.util.Random;
import java.util.UUID;

/** UUID version 7 (time-ordered) from a millisecond timestamp and a seeded random source. */
final class Uuid7 {
    private Uuid7() {}

    static String of(long unixMillis, Random random) {
        long high = (unixMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
