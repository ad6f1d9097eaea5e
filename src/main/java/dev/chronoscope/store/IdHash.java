package dev.chronoscope.store;

/**
 * The 64-bit hash the id index is keyed by (FNV-1a over UTF-16 units, then a murmur finaliser).
 * Two different ids share a hash with probability ~n²/2⁶⁵ (about 3·10⁻⁶ for 10M ids); the
 * index accepts that rather than storing every id string a second time.
 */
final class IdHash {
    private IdHash() {}

    static long of(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0, n = id.length(); i < n; i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= id.length();
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
