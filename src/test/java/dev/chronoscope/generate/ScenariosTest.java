package dev.chronoscope.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenariosTest {
    @TempDir
    Path dir;

    @Test
    void theFourSeedScenariosAreRegisteredAndTheListIsSortedByName() {
        List<String> names = Scenarios.all().stream().map(Scenario::name).toList();
        assertTrue(names.containsAll(List.of("aios-observability", "angzarr-kernel", "nitro-p1", "vexfs-semantic")), names.toString());
        assertEquals(names.stream().sorted().toList(), names);
        assertEquals(names.size(), names.stream().distinct().count(), "a name registered twice");
    }

    @Test
    void byNameFindsEachAndNothingElse() {
        for (Scenario s : Scenarios.all()) {
            assertEquals(s.name(), Scenarios.byName(s.name()).orElseThrow().name());
            assertFalse(s.description().isBlank());
            assertTrue(s.defaultEvents() >= 2_000 && s.defaultEvents() <= 20_000, s.name());
        }
        assertTrue(Scenarios.byName("no-such-scenario").isEmpty());
    }

    @Test
    void aDirectoryAsOutputGetsAFileNamedAfterTheScenario() throws Exception {
        Path written = Logs.scenario("nitro-p1").write(dir, 50, 1);
        assertEquals(dir.resolve("nitro-p1.jsonl"), written);
        assertEquals(50, Files.readAllLines(written).size());
    }

    @Test
    void zeroEventsIsAnEmptyLogAndNegativeIsRefused() throws Exception {
        Path written = Logs.scenario("angzarr-kernel").write(dir.resolve("sub/k.jsonl"), 0, 1);
        assertEquals(0, Files.size(written));
        assertThrows(IllegalArgumentException.class, () -> Logs.scenario("angzarr-kernel").write(dir.resolve("x"), -1, 1));
    }
}
