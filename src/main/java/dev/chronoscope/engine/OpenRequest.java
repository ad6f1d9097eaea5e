package dev.chronoscope.engine;

import dev.chronoscope.ingest.ReaderOptions;
import java.nio.file.Path;

/**
 * What to open and how.
 *
 * @param format   a format name, or null to sniff
 * @param profile  a built-in profile name or a profile file path, or null to detect
 * @param cacheDir null for the default ({@code CHRONOSCOPE_CACHE}, else the user's cache dir)
 * @param noCache  rebuild even when a complete cache exists
 */
public record OpenRequest(Path log, String format, String profile, ReaderOptions readerOptions,
                          Path cacheDir, boolean noCache) {
    public OpenRequest {
        if (readerOptions == null) readerOptions = ReaderOptions.DEFAULT;
    }

    public static OpenRequest of(Path log) {
        return new OpenRequest(log, null, null, ReaderOptions.DEFAULT, null, false);
    }
}
