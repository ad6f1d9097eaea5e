package dev.chronoscope.engine;

import dev.chronoscope.store.Stores;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where caches live: --cache-dir, else $CHRONOSCOPE_CACHE, else $XDG_CACHE_HOME/chronoscope, else ~/.cache/chronoscope. */
public final class CacheDirs {
    private CacheDirs() {}

    public static Path resolve(Path requested) {
        return resolve(requested, System.getenv(), System.getProperty("user.home"));
    }

    /**
     * {@code ~} is {@code $HOME}, as in the shell the user typed the command in: Java's own
     * {@code user.home} is the account's home from the password database, which is not where a
     * user who set HOME (sudo -H, a container, a CI job, a test) looks for the cache.
     */
    static Path resolve(Path requested, Map<String, String> environment, String accountHome) {
        if (requested != null) return requested;
        String env = environment.get("CHRONOSCOPE_CACHE");
        if (env != null && !env.isBlank()) return Path.of(env);
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "chronoscope");
        String home = environment.get("HOME");
        return Path.of(home != null && !home.isBlank() ? home : accountHome, ".cache", "chronoscope");
    }

    /**
     * Why the cache folder cannot be used, for an error message: the folder, where its path came
     * from (a path from the environment is not on the command line the user is looking at) and
     * the reason. The file-system exceptions' own messages are often the bare path.
     */
    static String unusable(Path requested, Path dir, IOException cause) {
        String folder = "cache folder " + dir + origin(requested);
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (!Files.exists(p)) continue;
            if (Files.isDirectory(p)) break;
            return p.equals(dir.toAbsolutePath())
                    ? folder + " is a file, not a folder"
                    : folder + " cannot be created: " + p + " is a file, not a folder";
        }
        return folder + " cannot be used: " + reason(cause);
    }

    /**
     * A failure while the cache is being written: when the store met an I/O error (a full disk, a
     * file-size limit), the folder cannot take the cache, which the user can act on; told apart
     * from a damaged cache, which is only rebuilt, and from a bug, which is rethrown as it is.
     */
    static LogOpenException unwritable(OpenRequest request, Path dir, RuntimeException failure) {
        if (!Stores.isDamagedCache(failure)) throw failure;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof IOException io) {
                return new LogOpenException("cannot write the cache for " + request.log() + " in cache folder " + dir
                        + origin(request.cacheDir()) + ": " + reason(io)
                        + " (free some space there, or choose another folder with --cache-dir)", failure);
            }
        }
        throw failure;
    }

    private static String origin(Path requested) {
        if (requested != null) return "";
        String env = System.getenv("CHRONOSCOPE_CACHE");
        if (env != null && !env.isBlank()) return " (from $CHRONOSCOPE_CACHE)";
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return " (from $XDG_CACHE_HOME)";
        return " (the default; --cache-dir or $CHRONOSCOPE_CACHE choose another)";
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            if (fs.getReason() != null) return fs.getFile() + ": " + fs.getReason().toLowerCase(Locale.ROOT);
            if (e instanceof AccessDeniedException) return fs.getFile() + ": permission denied";
            if (e instanceof NoSuchFileException) return fs.getFile() + ": no such file or folder";
            return fs.getFile() + ": " + e.getClass().getSimpleName();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
