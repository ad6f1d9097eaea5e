package dev.chronoscope.store;

import java.nio.file.Path;

/** Entry point of the store package. */
public final class Stores {
    private Stores() {}

    /**
     * Loads and links the classes a store is made of (MapDB and what it brings: Kotlin, Eclipse
     * Collections, Guava, Elsa), by making and dropping a store in memory. Opening the first
     * store otherwise pays for them on the thread that is waiting for it; see
     * {@code Chronoscope.prepare}.
     */
    public static void prepare() {
        StoreFile.prepare();
    }

    /** The catalog of the cache folder (created if missing). */
    public static StoreCatalog catalog(Path cacheDir) {
        return new MapDbCatalog(cacheDir);
    }

    /**
     * Whether a failure came from decoding a cache file's damaged bytes. Opening checks only the
     * completeness mark (a full checksum scan would make every reopen slow), so damage inside a
     * finished file shows up later, while reading: as this package's {@link CorruptStoreException},
     * or as whatever MapDB happens to throw (DBException, IOError, BufferUnderflowException,
     * NegativeArraySizeException...). Those are recognised by where they were raised: the first
     * frame outside the JDK is in MapDB or in this package. A bug in the store looks the same, so a
     * caller that rebuilds the cache on this must rebuild once, not loop.
     *
     * <p>An OutOfMemoryError is damage only when MapDB raised it: a damaged record's length asks it
     * for an impossible array. Raised by this package's own code it is what it says, a heap too
     * small for what was asked (density for 50,000 lanes at once), and rebuilding would not help.
     */
    public static boolean isDamagedCache(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CorruptStoreException) return true;
            for (StackTraceElement frame : t.getStackTrace()) {
                String c = frame.getClassName();
                if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.")) continue;
                if (c.startsWith("org.mapdb.")) return true;
                if (c.startsWith(Stores.class.getPackageName() + ".")) return !(t instanceof OutOfMemoryError);
                break;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }

    /** What a damaged cache's failure says, for a message: its own text when it has one. */
    public static String describeDamage(Throwable damage) {
        Throwable t = damage;
        while (t.getCause() != null && t.getCause() != t && t.getMessage() == null) t = t.getCause();
        String name = t.getClass().getSimpleName();
        if (t.getMessage() == null) return name;
        return t instanceof CorruptStoreException ? t.getMessage() : name + ": " + t.getMessage();
    }
}
