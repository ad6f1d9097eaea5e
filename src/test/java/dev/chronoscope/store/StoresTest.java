package dev.chronoscope.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StoresTest {

    private static <T extends Throwable> T raisedIn(T t, String className) {
        t.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("java.util.Arrays", "copyOf", "Arrays.java", 1),
                new StackTraceElement(className, "read", "X.java", 1),
                new StackTraceElement("dev.chronoscope.app.TimelineLoader", "load", "TimelineLoader.java", 1)});
        return t;
    }

    @Test
    void failuresRaisedInMapDbOrTheStoreAreDamage() {
        assertTrue(Stores.isDamagedCache(raisedIn(new IllegalStateException("bad block"), "dev.chronoscope.store.StoredDensity")));
        assertTrue(Stores.isDamagedCache(raisedIn(new java.nio.BufferUnderflowException(), "org.mapdb.DataIO")));
        assertTrue(Stores.isDamagedCache(new RuntimeException("wrapped", raisedIn(new NegativeArraySizeException(), "org.mapdb.StoreDirect"))));
        assertFalse(Stores.isDamagedCache(raisedIn(new IllegalStateException("a bug elsewhere"), "dev.chronoscope.app.TimelineView")));
    }

    /** A damaged record's length makes MapDB ask for an impossible array; our own code running short of heap is just that. */
    @Test
    void outOfMemoryIsDamageOnlyWhenMapDbRaisedIt() {
        assertTrue(Stores.isDamagedCache(raisedIn(new OutOfMemoryError("Java heap space"), "org.mapdb.StoreDirect")));
        assertFalse(Stores.isDamagedCache(raisedIn(new OutOfMemoryError("Java heap space"), "dev.chronoscope.store.StoredDensity")));
    }
}
