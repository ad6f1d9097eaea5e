package dev.chronoscope.store;

/** A cache file whose bytes do not decode; the catalog deletes such files and rebuilds them. */
final class CorruptStoreException extends RuntimeException {
    CorruptStoreException(String message) {
        super(message);
    }
}
