package dev.chronoscope.engine;

import java.nio.file.Path;

/** Where caches live: --cache-dir, else $CHRONOSCOPE_CACHE, else $XDG_CACHE_HOME/chronoscope, else ~/.cache/chronoscope. */
public final class CacheDirs {
    private CacheDirs() {}

    public static Path resolve(Path requested) {
        if (requested != null) return requested;
        String env = System.getenv("CHRONOSCOPE_CACHE");
        if (env != null && !env.isBlank()) return Path.of(env);
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "chronoscope");
        return Path.of(System.getProperty("user.home"), ".cache", "chronoscope");
    }
}
