package dev.chronoscope.engine;

import dev.chronoscope.causality.CausalGraphs;
import dev.chronoscope.ingest.Ingestion;
import dev.chronoscope.ingest.LogFormat;
import dev.chronoscope.ingest.LogFormats;
import dev.chronoscope.ingest.LogInput;
import dev.chronoscope.ingest.UnknownFormatException;
import dev.chronoscope.profile.Profile;
import dev.chronoscope.profile.ProfileException;
import dev.chronoscope.profile.Profiles;
import dev.chronoscope.store.CacheEntry;
import dev.chronoscope.store.Fingerprint;
import dev.chronoscope.store.LogStore;
import dev.chronoscope.store.LogStoreWriter;
import dev.chronoscope.store.StoreBusyException;
import dev.chronoscope.store.StoreCatalog;
import dev.chronoscope.store.Stores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** The engine's front door. */
public final class Chronoscope {
    /**
     * Bumped whenever ingest, replay or causality derive something differently, so that caches
     * written by an older engine miss instead of answering with stale derivations.
     */
    static final String ENGINE_VERSION = "9";
    private static final long BUSY_WAIT_MILLIS = 30_000;

    private Chronoscope() {}

    /**
     * Loads what opening any log needs before it can read a record: the format readers, the
     * built-in profiles (Jackson, the profile and filter parsers) and the store's classes. A
     * command calls it on a thread of its own while its arguments are parsed, which takes as long
     * on a cold JVM; {@link #open} then finds them ready instead of loading them one after the
     * other. Failures are left for {@link #open} to report where they belong.
     */
    public static void prepare() {
        try {
            LogFormats.all();
            Profiles.builtin();
            Stores.prepare();
        } catch (RuntimeException | LinkageError e) {
            // open meets the same failure and reports it with the log it concerns
        }
    }

    /**
     * Opens a log: reuses its complete cache or ingests it (sniff, read, store, fold, link).
     * Blocks the calling thread; call it off the UI thread.
     */
    public static LogSession open(OpenRequest request, IngestListener listener, CancelToken cancel)
            throws LogOpenException {
        LogInput input = input(request);
        LogFormat format = format(request, input);
        Profile named = profile(request);
        Fingerprint fingerprint = fingerprint(request, input, format, named);
        StoreCatalog catalog = catalog(request);
        if (!request.noCache()) {
            Optional<LogStore> hit = catalog.openComplete(fingerprint);
            if (hit.isPresent()) return session(hit.get(), "hit");
        }
        listener.progress(new IngestProgress("ingesting", 0, input.totalBytes(), 0, 0));
        CacheEntry entry;
        try {
            entry = storeOrWriter(catalog, fingerprint, request.noCache(), cancel);
        } catch (UncheckedIOException e) {
            // the lock or store file cannot be made there (a read-only folder): not a damaged cache
            throw new LogOpenException(CacheDirs.unusable(request.cacheDir(), catalog.cacheDir(), e.getCause()), e);
        } catch (RuntimeException e) {
            throw CacheDirs.unwritable(request, catalog.cacheDir(), e);
        }
        if (entry instanceof CacheEntry.Complete finished) return session(finished.store(), "hit");
        LogStoreWriter writer = ((CacheEntry.ToBuild) entry).writer();
        Ingestion ingestion;
        try {
            ingestion = Ingestion.of(input).format(format.name()).profile(named).options(request.readerOptions())
                    .listener(Ingestor.errorsTo(listener)).cancel(cancel).start();
        } catch (IOException | RuntimeException e) {
            writer.abort();
            throw new LogOpenException(request.log() + ": cannot be read: " + e.getMessage(), e);
        }
        try (ingestion) {
            LogStore store = new Ingestor(input, ingestion, listener, cancel).ingest(writer);
            evictOtherVersions(catalog, fingerprint);
            return session(store, "built");
        } catch (IOException e) {
            throw new LogOpenException(request.log() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw CacheDirs.unwritable(request, catalog.cacheDir(), e);
        }
    }

    /**
     * A writer for this log or, when another process was ingesting it and finished meanwhile, its
     * store (used instead of ingesting twice). The store comes opened from the catalog, under the
     * writer's lock: looking first and reopening after would let a third process, whose turn at
     * the lock came in between, replace the file.
     */
    private static CacheEntry storeOrWriter(StoreCatalog catalog, Fingerprint fingerprint, boolean rebuild,
                                            CancelToken cancel) throws LogOpenException {
        long deadline = System.nanoTime() + BUSY_WAIT_MILLIS * 1_000_000L;
        while (true) {
            try {
                // polled rather than waited on inside the catalog, so that a cancel ends the wait
                if (rebuild) return new CacheEntry.ToBuild(catalog.create(fingerprint, 0));
                return catalog.openOrCreate(fingerprint, 0);
            } catch (StoreBusyException busy) {
                if (cancel.isCancelled()) throw new IngestCancelledException(fingerprint.description());
                if (System.nanoTime() > deadline) {
                    throw new LogOpenException(busy.getMessage() + "; it did not finish within "
                            + BUSY_WAIT_MILLIS / 1000 + " s", busy);
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IngestCancelledException(fingerprint.description());
                }
            }
        }
    }

    /** The caches of the log as it was before (shorter, older engine) are never opened again. */
    private static void evictOtherVersions(StoreCatalog catalog, Fingerprint fingerprint) {
        try {
            catalog.evictOtherVersions(fingerprint);
        } catch (RuntimeException e) {
            // a cache folder that cannot be tidied still serves this log; the next build tries again
        }
    }

    private static StoreCatalog catalog(OpenRequest request) throws LogOpenException {
        // Path.of("") has no parent folder for the store's side files; an empty $CHRONOSCOPE_CACHE
        // already means "unset", an empty folder named on purpose is a mistake to point out
        if (request.cacheDir() != null && request.cacheDir().toString().isEmpty()) {
            throw new LogOpenException("the cache folder path is empty: name a folder, or leave --cache-dir out for the default");
        }
        Path dir = CacheDirs.resolve(request.cacheDir());
        try {
            return Stores.catalog(dir);
        } catch (UncheckedIOException e) {
            throw new LogOpenException(CacheDirs.unusable(request.cacheDir(), dir, e.getCause()), e);
        }
    }

    private static LogSession session(LogStore store, String cache) throws LogOpenException {
        try {
            return new DefaultSession(store, Summaries.read(store, cache, CausalGraphs.open(store)));
        } catch (LogOpenException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static LogInput input(OpenRequest request) throws LogOpenException {
        // Path.of("") is the working folder: an unset variable in 'chronoscope info "$LOG"' would
        // otherwise ingest whatever folder the user stands in.
        if (request.log().toString().isEmpty()) throw new LogOpenException("the log path is empty: name a log file or folder");
        try {
            return LogInput.of(request.log());
        } catch (NoSuchFileException e) {
            throw new LogOpenException(request.log() + ": no such file or folder");
        } catch (IOException e) {
            throw new LogOpenException(request.log() + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static LogFormat format(OpenRequest request, LogInput input) throws LogOpenException {
        try {
            if (request.format() != null) return LogFormats.byName(request.format());
            return LogFormats.sniff(input);
        } catch (UnknownFormatException e) {
            throw new LogOpenException(e.getMessage(), e);
        } catch (IOException e) {
            throw new LogOpenException(request.log() + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static Profile profile(OpenRequest request) throws LogOpenException {
        if (request.profile() == null) return null;
        try {
            return Profiles.resolve(request.profile());
        } catch (ProfileException e) {
            throw new LogOpenException(e.getMessage(), e);
        }
    }

    private static Fingerprint fingerprint(OpenRequest request, LogInput input, LogFormat format, Profile named)
            throws LogOpenException {
        String options = "format=" + format.name()
                + ";profile=" + (named == null ? "detect" : named.name() + "@" + named.hashCode())
                + ";" + request.readerOptions().salt();
        try {
            return Fingerprint.of(request.log(), input.files(), options, "engine=" + ENGINE_VERSION);
        } catch (IOException e) {
            throw new LogOpenException(request.log() + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
