package dev.chronoscope.store;

import java.io.IOError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mapdb.DB;

/**
 * The cache folder. Each log has {@code <key>.mapdb} and a side {@code <key>.lock} that a writer
 * holds (an OS file lock, released by the OS when a process dies) for the whole ingest. A file is
 * handed out only when it opens, carries the current format version, the completeness mark and the
 * fingerprint it was built for; anything else is deleted, unless a live writer holds the lock (it
 * is being ingested right now).
 */
final class MapDbCatalog implements StoreCatalog {
    private static final long POLL_MILLIS = 50;

    private final Path dir;

    MapDbCatalog(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the cache folder " + dir, e);
        }
    }

    @Override
    public Path cacheDir() {
        return dir;
    }

    Path file(Fingerprint fp) {
        return dir.resolve(fp.key() + ".mapdb");
    }

    private Path lockFile(Fingerprint fp) {
        return dir.resolve(fp.key() + ".lock");
    }

    @Override
    public Optional<LogStore> openComplete(Fingerprint fingerprint) {
        if (!Files.exists(file(fingerprint))) return Optional.empty();
        Optional<LogStore> store = openFile(fingerprint);
        if (store.isPresent()) return store;
        return openOrDeleteUnlessBeingWritten(fingerprint);
    }

    /**
     * Removes an untrustworthy file, unless a live writer holds the lock (it is being built now).
     * The file is looked at again under the lock: its writer may have completed it and let go of
     * the lock since the first look, and a finished cache must not be deleted.
     */
    private Optional<LogStore> openOrDeleteUnlessBeingWritten(Fingerprint fingerprint) {
        try {
            Lock lock = Lock.acquire(lockFile(fingerprint), 0);
            if (lock == null) return Optional.empty();
            try {
                Optional<LogStore> finishedMeanwhile = openFile(fingerprint);
                if (finishedMeanwhile.isEmpty()) deleteWithScratch(file(fingerprint));
                return finishedMeanwhile;
            } finally {
                lock.release();
            }
        } catch (UncheckedIOException e) {
            // a read-only cache folder: the file stays, and is still never handed out
            return Optional.empty();
        }
    }

    /** Opens the file when it is complete, current and built for this fingerprint; never deletes. */
    Optional<LogStore> openFile(Fingerprint fingerprint) {
        Path file = file(fingerprint);
        DB db = null;
        try {
            db = StoreFile.openReadOnly(file);
            if (!db.exists(StoreFile.SYS)) return close(db);
            var sys = StoreFile.sys(db, false);
            if (StoreFile.readInt(sys.get(StoreFile.VERSION)) != StoreFile.FORMAT_VERSION) return close(db);
            if (sys.get(StoreFile.COMPLETE) == null) return close(db);
            if (!Arrays.equals(sys.get(StoreFile.FINGERPRINT), StoreFile.fingerprintBytes(fingerprint))) return close(db);
            return Optional.of(new MapDbLogStore(db, file));
        } catch (RuntimeException | IOError | AssertionError | OutOfMemoryError e) {
            // MapDB reports damaged files in many ways (its own exceptions, IOError, assertions, an
            // impossible array for a damaged size);
            // all mean the same here: not a trustworthy cache
            return close(db);
        }
    }

    private static Optional<LogStore> close(DB db) {
        if (db != null) {
            try {
                db.close();
            } catch (RuntimeException | IOError | AssertionError ignored) {
                // closing a damaged file can fail as well; it is deleted or left for its writer
            }
        }
        return Optional.empty();
    }

    @Override
    public LogStoreWriter create(Fingerprint fingerprint, long waitMillis) {
        Lock lock = writerLock(fingerprint, waitMillis);
        try {
            return newWriter(fingerprint, lock);
        } catch (RuntimeException | IOError e) {
            lock.release();
            throw e;
        }
    }

    @Override
    public CacheEntry openOrCreate(Fingerprint fingerprint, long waitMillis) {
        Lock lock = writerLock(fingerprint, waitMillis);
        try {
            Optional<LogStore> finished = openFile(fingerprint);
            if (finished.isPresent()) {
                lock.release();
                return new CacheEntry.Complete(finished.get());
            }
            return new CacheEntry.ToBuild(newWriter(fingerprint, lock));
        } catch (RuntimeException | IOError e) {
            lock.release();
            throw e;
        }
    }

    private Lock writerLock(Fingerprint fingerprint, long waitMillis) {
        Lock lock = Lock.acquire(lockFile(fingerprint), waitMillis);
        if (lock == null) {
            throw new StoreBusyException("Another Chronoscope process is ingesting " + fingerprint.description()
                    + " into the cache " + file(fingerprint)
                    + (waitMillis > 0 ? "; it did not finish within " + waitMillis + " ms" : ""));
        }
        return lock;
    }

    /** Replaces whatever file is there; the caller holds the writer's lock and hands it over. */
    private MapDbStoreWriter newWriter(Fingerprint fingerprint, Lock lock) {
        Path file = file(fingerprint);
        deleteWithScratch(file);
        DB db;
        try {
            db = StoreFile.create(file);
        } catch (RuntimeException | IOError e) {
            // what MapDB could not finish making (the disk is full) only takes space the user needs
            deleteQuietly(file);
            throw e;
        }
        return new MapDbStoreWriter(this, fingerprint, file, lock, db);
    }

    @Override
    public void evict(Fingerprint fingerprint) {
        Lock lock = Lock.acquire(lockFile(fingerprint), 0);
        if (lock == null) {
            throw new StoreBusyException("Another Chronoscope process is ingesting " + fingerprint.description()
                    + "; its cache cannot be deleted now");
        }
        try {
            deleteWithScratch(file(fingerprint));
        } finally {
            lock.release();
        }
    }

    @Override
    public void evictOtherVersions(Fingerprint current) {
        String logPart = current.logPart();
        String mine = file(current).getFileName().toString();
        java.util.List<Path> others;
        try (var files = Files.list(dir)) {
            others = files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(logPart) && name.endsWith(".mapdb") && !name.equals(mine);
            }).toList();
        } catch (IOException | UncheckedIOException e) {
            return; // tidying is worth no failure: the next build tries again
        }
        for (Path other : others) {
            String key = other.getFileName().toString().replaceFirst("\\.mapdb$", "");
            Path lockFile = dir.resolve(key + ".lock");
            Lock lock = Lock.acquire(lockFile, 0);
            if (lock == null) continue; // being written: its writer finishes or replaces it
            try {
                deleteWithScratch(other);
            } finally {
                lock.release();
            }
            deleteQuietly(lockFile);
        }
    }

    /** A writer's side file for intermediate runs: {@code <key>.mapdb.<name>.scratch}. */
    static Path scratchFile(Path storeFile, String name) {
        return storeFile.resolveSibling(storeFile.getFileName() + "." + name + ".scratch");
    }

    /** Deletes the store file and any scratch files a killed writer left beside it. */
    private static void deleteWithScratch(Path file) {
        deleteQuietly(file);
        String prefix = file.getFileName() + ".";
        try (var siblings = Files.list(file.getParent())) {
            for (Path p : (Iterable<Path>) siblings::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(".scratch")) deleteQuietly(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the cache folder " + file.getParent(), e);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the cache file " + file, e);
        }
    }

    /**
     * An OS lock on a side file; null from {@link #acquire} when another writer holds it.
     *
     * <p>OS file locks belong to the process, and on Linux closing any channel of a file drops
     * all of the process's locks on it. A second thread of this process that opened the side file
     * only to find it locked would release the first thread's lock by closing that file: another
     * process could then take it and rebuild the cache under the first thread's feet. So a lock
     * file is opened by at most one thread of this process at a time ({@link #OPEN_HERE}); the
     * others wait as they would for another process.
     */
    static final class Lock {
        private static final Set<Path> OPEN_HERE = ConcurrentHashMap.newKeySet();

        private final Path key;
        private final FileChannel channel;
        private final FileLock lock;

        private Lock(Path key, FileChannel channel, FileLock lock) {
            this.key = key;
            this.channel = channel;
            this.lock = lock;
        }

        static Lock acquire(Path path, long waitMillis) {
            Path key = path.toAbsolutePath().normalize();
            long deadline = System.nanoTime() + Math.max(0, waitMillis) * 1_000_000L;
            while (true) {
                if (OPEN_HERE.add(key)) {
                    Lock lock = tryLock(key);
                    if (lock != null) return lock;
                }
                if (System.nanoTime() >= deadline) return null;
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }

        /** With key in {@link #OPEN_HERE}: the lock, or null after closing the file and leaving the set. */
        private static Lock tryLock(Path key) {
            FileChannel channel = null;
            try {
                channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock != null) return new Lock(key, channel, lock);
                closeQuietly(channel);
                OPEN_HERE.remove(key);
                return null;
            } catch (IOException | OverlappingFileLockException e) {
                closeQuietly(channel);
                OPEN_HERE.remove(key);
                if (e instanceof IOException io) throw new UncheckedIOException("cannot lock " + key, io);
                throw new IllegalStateException("lock file " + key + " is locked in this process outside Lock", e);
            }
        }

        private static void closeQuietly(FileChannel channel) {
            if (channel == null) return;
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }

        void release() {
            try {
                if (lock.isValid()) lock.release();
            } catch (IOException ignored) {
                // closing the channel below releases it as well
            } finally {
                closeQuietly(channel);
                OPEN_HERE.remove(key); // only once closed, or the next opener's lock could be dropped
            }
        }
    }
}
