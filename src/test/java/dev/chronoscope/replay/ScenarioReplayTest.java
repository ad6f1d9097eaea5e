package dev.chronoscope.replay;

import dev.chronoscope.event.Event;
import dev.chronoscope.generate.Scenario;
import dev.chronoscope.generate.Scenarios;
import dev.chronoscope.ingest.Ingestion;
import dev.chronoscope.ingest.UnknownFormatException;
import dev.chronoscope.profile.Profile;
import dev.chronoscope.profile.Profiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay properties on what the rest of Chronoscope produces: every generated scenario and the
 * real logs, read by the ingest pipeline and folded with the profile it chose (built-in ones
 * included). A log whose format has no reader in this build is skipped, not passed.
 */
class ScenarioReplayTest {
    @TempDir Path dir;

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return Scenarios.all().stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> check(generate(s))));
    }

    @TestFactory
    Stream<DynamicTest> everyBuiltinProfileCompiles() {
        return Profiles.builtin().stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
            new RuleProjection(p);
            Projections.forProfile(p);
        }));
    }

    @TestFactory
    Stream<DynamicTest> realLogs() throws IOException {
        Path real = Path.of(System.getProperty("chronoscope.realdata", "../shared/realdata"));
        Assumptions.assumeTrue(Files.isDirectory(real), "no real data at " + real);
        List<Path> logs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(real)) {
            files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().forEach(logs::add);
        }
        return logs.stream().map(p -> DynamicTest.dynamicTest(real.relativize(p).toString(), () -> check(p)));
    }

    private Path generate(Scenario s) throws IOException {
        return s.write(dir.resolve(s.name()), 1000, Scenarios.DEFAULT_SEED);
    }

    private static void check(Path log) throws IOException {
        List<Event> events = new ArrayList<>();
        Profile profile;
        try (Ingestion in = Ingestion.of(log).start()) {
            Event e;
            while ((e = in.next()) != null && events.size() < 2000) events.add(e);
            profile = in.profile() != null ? in.profile() : Profiles.generic();
        } catch (UnknownFormatException e) {
            Assumptions.abort("no reader for " + log.getFileName() + " in this build: " + e.getMessage());
            return;
        }
        // Reading is the ingest tests' business; here an unread log only means nothing to fold.
        Assumptions.assumeFalse(events.isEmpty(), "the reader in this build yields no events from " + log);
        ReplayProperties.assertReconstructionMatchesFold(profile, events);
    }
}
