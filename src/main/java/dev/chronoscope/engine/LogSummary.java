package dev.chronoscope.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code info} prints and the app's status bar and error panel show.
 *
 * @param records      records read before any expansion, metadata excluded
 * @param errors       records that could not be read (count)
 * @param errorSamples the first of them with position and reason (at most a few thousand)
 * @param warnings     facts worth telling (times going backwards, duplicate ids, imbalance...)
 * @param cache        "hit" when the cache was reused, "built" when this open ingested
 * @param sortedByTime the format was reordered by time at ingest
 */
public record LogSummary(Path log, String format, String profile, long records, long events, long errors,
                         List<IngestError> errorSamples, List<String> warnings, List<String> lanes,
                         Map<String, Long> types, long firstTime, long lastTime, long edges,
                         long danglingLinks, long ruleMisses, String cache, boolean sortedByTime,
                         long storeBytes, long logBytes) {}
