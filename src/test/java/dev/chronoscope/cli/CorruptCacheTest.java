package dev.chronoscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finished cache damaged afterwards is trusted on open (no full scan), so reads must recover from it. */
class CorruptCacheTest {
    @TempDir Path dir;
    private CliRunner cli;
    private Path log;

    @BeforeEach
    void generateLog() {
        cli = new CliRunner(dir.resolve("cache"));
        log = dir.resolve("kernel.jsonl");
        CliRunner.Result generated = cli.run("generate", "angzarr-kernel", "--events", "40000", "--out", log.toString());
        assertEquals(0, generated.status(), generated.err());
    }

    /**
     * The ingest's parallel tail lays the file out a little differently each run, so the test
     * tries damage at several places until one both passes the open checks and lies under data
     * the command reads. Every try must answer correctly either way.
     */
    @Test
    void aCommandThatHitsDamageRebuildsTheCacheAndAnswersOnce() throws IOException {
        String[] history = {"history", log.toString(), "--path", "processes", "--json"};
        CliRunner.Result clean = cli.run(history);
        assertEquals(0, clean.status(), clean.err());
        Path store = theCacheFile();
        byte[] sound = Files.readAllBytes(store);

        boolean recoveredFromDamage = false;
        // Where damage lands in the file depends on MapDB's layout; try places until one is read.
        for (int fortieth = 4; fortieth <= 38 && !recoveredFromDamage; fortieth++) {
            Files.write(store, sound);
            damage(store, sound.length * (long) fortieth / 40);
            CliRunner.Result info = cli.run("info", log.toString());
            if (!info.out().contains("cache:       hit")) continue; // the open checks caught this one

            CliRunner.Result recovered = cli.run(history);
            assertEquals(0, recovered.status(), recovered.err());
            assertFalse(recovered.err().contains("internal error"), recovered.err());
            assertEquals(clean.out(), recovered.out(), "the answer is printed once, from a sound cache");
            if (recovered.err().isEmpty()) continue; // the damage missed what history reads
            assertTrue(recovered.err().contains("cache for " + log + " is corrupt ("), recovered.err());
            assertTrue(recovered.err().contains("); rebuilding"), recovered.err());
            recoveredFromDamage = true;

            CliRunner.Result again = cli.run(history);
            assertEquals("", again.err(), "the rebuilt cache is sound");
            assertEquals(clean.out(), again.out());
        }
        assertTrue(recoveredFromDamage, "some damage passed the open checks and was read");
    }

    private Path theCacheFile() throws IOException {
        List<Path> stores;
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            stores = files.filter(p -> p.toString().endsWith(".mapdb")).toList();
        }
        assertEquals(1, stores.size(), stores.toString());
        return stores.get(0);
    }

    private static void damage(Path store, long at) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(store.toFile(), "rw")) {
            byte[] noise = new byte[256 * 1024];
            new Random(at).nextBytes(noise);
            file.seek(at);
            file.write(noise);
        }
    }
}
