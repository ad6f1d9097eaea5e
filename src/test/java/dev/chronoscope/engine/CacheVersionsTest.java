package dev.chronoscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One cache file per log: a log that grows is rebuilt into a new file, and the file of the log as
 * it was is deleted, not left to fill the cache folder one version at a time.
 */
class CacheVersionsTest {
    @TempDir Path dir;

    private long open(Path log, String profile) throws LogOpenException {
        OpenRequest request = new OpenRequest(log, null, profile, null, dir.resolve("cache"), false);
        try (LogSession session = Chronoscope.open(request, IngestListener.NONE, new CancelToken())) {
            return session.eventCount();
        }
    }

    private List<String> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("jvm")).sorted().toList();
        }
    }

    @Test
    void aChangedLogLeavesOneCacheFileAndOtherLogsAndProfilesKeepTheirs() throws Exception {
        Path log = dir.resolve("grows.jsonl");
        Path other = dir.resolve("other.jsonl");
        Files.writeString(log, "{\"type\":\"A\",\"ts\":1}\n");
        Files.writeString(other, "{\"type\":\"A\",\"ts\":1}\n");
        assertEquals(1, open(log, null));
        assertEquals(1, open(other, null));
        assertEquals(1, open(log, "generic"));
        assertEquals(6, cacheFiles().size(), "a store and a lock for each log and profile: " + cacheFiles());

        for (int i = 2; i <= 4; i++) {
            Files.writeString(log, "{\"type\":\"A\",\"ts\":" + i + "}\n", StandardOpenOption.APPEND);
            assertEquals(i, open(log, null));
        }
        assertEquals(6, cacheFiles().size(), "the grown log's old caches are gone, the others kept: " + cacheFiles());
        assertEquals(1, open(other, null));
        assertEquals(4, open(log, "generic"), "the generic-profile cache of the old log is rebuilt, not reused");
    }
}
