package dev.chronoscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockCacheTest {
    private final List<Long> loads = new ArrayList<>();

    private String load(long block) {
        loads.add(block);
        return "block " + block;
    }

    @Test
    void aHitReturnsTheLoadedBlockAndTheLeastRecentlyUsedGoesFirst() {
        BlockCache<String> cache = new BlockCache<>(3);
        String first = cache.get(1, this::load);
        cache.get(2, this::load);
        cache.get(3, this::load);
        assertSame(first, cache.get(1, this::load), "a hit does not load again");
        cache.get(4, this::load); // evicts 2, the least recently used
        cache.get(1, this::load);
        cache.get(3, this::load);
        cache.get(2, this::load); // loaded again, evicts 4
        cache.get(4, this::load);
        assertEquals(List.of(1L, 2L, 3L, 4L, 2L, 4L), loads);
    }

    @Test
    void clearForgetsEverything() {
        BlockCache<String> cache = new BlockCache<>(2);
        cache.get(-7, this::load);
        cache.clear();
        assertEquals("block -7", cache.get(-7, this::load));
        assertEquals(List.of(-7L, -7L), loads);
    }
}
