package dev.chronoscope.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The cache folder: one MapDB file per log, named by the log's fingerprint (path, size, mtime and a
 * content sample) and carrying that fingerprint, a format version and a completeness mark.
 */
public interface StoreCatalog {

    Path cacheDir();

    /** The finished store for this fingerprint, or empty when absent, partial, old, corrupt or another log's. */
    Optional<LogStore> openComplete(Fingerprint fingerprint);

    /**
     * Starts a new store for the fingerprint, replacing whatever was there. Waits up to
     * {@code waitMillis} for another process ingesting the same log, then throws
     * {@link StoreBusyException}.
     */
    LogStoreWriter create(Fingerprint fingerprint, long waitMillis);

    /**
     * The finished store for this fingerprint, or else a writer that builds it. Unlike
     * {@link #create}, a store that another process completed while this one waited for it is
     * handed out, not replaced; it is opened under the writer's lock, so no other writer can
     * replace it between the check and the open. Waits like {@link #create}.
     */
    CacheEntry openOrCreate(Fingerprint fingerprint, long waitMillis);

    /** Deletes the cache file(s) of this fingerprint. */
    void evict(Fingerprint fingerprint);

    /**
     * Deletes the caches of this log's other versions (same path and options; other content or
     * engine), which nothing will open again, except those another process is writing now.
     */
    void evictOtherVersions(Fingerprint current);
}
