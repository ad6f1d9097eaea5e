package dev.chronoscope.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The committed samples are exactly what {@code generate NAME} writes with the default
 * event count, so anyone can regenerate them (and a change to a generator must come with new
 * samples).
 */
class SampleLogsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"angzarr-kernel", "aios-observability", "vexfs-semantic", "nitro-p1"})
    void committedSampleIsTheGeneratorsOutputWithTheDefaultSeed(String name) throws Exception {
        Path committed = Logs.SAMPLES.resolve(name + ".jsonl");
        assertTrue(Files.exists(committed), committed + " is missing");
        Scenario s = Logs.scenario(name);
        Path fresh = s.write(dir.resolve(name + ".jsonl"), s.defaultEvents(), Scenarios.DEFAULT_SEED);
        assertArrayEquals(Files.readAllBytes(committed), Files.readAllBytes(fresh),
                name + ": sample differs from the generator's output; regenerate it (sample-logs/README.md)");
        assertTrue(Files.size(committed) < 2_200_000, name + " sample is too large to commit");
    }
}
