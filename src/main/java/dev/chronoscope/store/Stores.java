package dev.chronoscope.store;

import java.nio.file.Path;

/** Entry point of the store package. */
public final class Stores {
    private Stores() {}

    /** The catalog of the cache folder (created if missing). */
    public static StoreCatalog catalog(Path cacheDir) {
        return new MapDbCatalog(cacheDir);
    }
}
