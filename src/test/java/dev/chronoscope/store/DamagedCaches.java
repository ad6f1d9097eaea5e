package dev.chronoscope.store;

/**
 * Failures as a damaged cache file raises them while it is read: made in this package, so
 * {@link Stores#isDamagedCache} recognises them by where they were raised, as it does the real
 * ones. For tests of callers that must rebuild on damage (the app, the command line).
 */
public final class DamagedCaches {
    private DamagedCaches() {}

    public static RuntimeException readFailure(String what) {
        return new CorruptStoreException(what);
    }
}
