package dev.chronoscope.replay;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import dev.chronoscope.ingest.Ingestion;
import dev.chronoscope.profile.Profile;
import dev.chronoscope.profile.Profiles;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jdk.jfr.Recording;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DESIGN.md's promise, on every built-in profile and a real log of its kind: the state at a random
 * offset equals a plain fold from 0, and undo(apply(s)) == s.
 */
class BuiltinProfilesPropertyTest {
    private static final Path SAMPLES = Path.of(System.getProperty("chronoscope.samples", "sample-logs"));
    private static final Path REALDATA = Path.of(System.getProperty("chronoscope.realdata", "../shared/realdata"));
    private static final Set<String> COVERED = new HashSet<>();

    @TempDir static Path dir;

    static Stream<Arguments> profilesAndLogs() throws Exception {
        return Stream.of(
                Arguments.of("angzarr-kernel", SAMPLES.resolve("angzarr-kernel.jsonl")),
                Arguments.of("aios-observability", SAMPLES.resolve("aios-observability.jsonl")),
                Arguments.of("vexfs-semantic", SAMPLES.resolve("vexfs-semantic.jsonl")),
                Arguments.of("nitro-p1", SAMPLES.resolve("nitro-p1.jsonl")),
                Arguments.of("rodent", SAMPLES.resolve("rodent")),
                Arguments.of("generic", SAMPLES.resolve("aios-observability.jsonl")),
                Arguments.of("chrome", REALDATA.resolve("chrome-trace/multiprocess.json")),
                Arguments.of("chrome", REALDATA.resolve("chrome-trace/chrome69-simple.json")),
                Arguments.of("otlp", otlpLog()),
                Arguments.of("jfr", jfrRecording()));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("profilesAndLogs")
    void reconstructionEqualsFoldAndStepsAreReversible(String profileName, Path log) throws Exception {
        Profile profile = Profiles.resolve(profileName);
        List<Event> events = new ArrayList<>();
        try (Ingestion in = Ingestion.of(log).profile(profile).start()) {
            for (Event e = in.next(); e != null; e = in.next()) events.add(e);
        }
        assertFalse(events.isEmpty(), log + " has events");
        ReplayProperties.assertReconstructionMatchesFold(profile, events);
        synchronized (COVERED) {
            COVERED.add(profileName);
        }
    }

    @AfterAll
    static void everyBuiltinProfileWasChecked() {
        if (COVERED.isEmpty()) return;
        for (String name : Profiles.builtinNames()) {
            assertTrue(COVERED.contains(name), "built-in profile " + name + " has no property test log");
        }
    }

    @Test
    void theBuiltinProfilesAreTheOnesListedHere() {
        List<String> listed = List.of("angzarr-kernel", "aios-observability", "vexfs-semantic", "nitro-p1", "rodent",
                "generic", "chrome", "otlp", "jfr");
        assertTrue(listed.containsAll(Profiles.builtinNames()), "a new built-in profile needs a log here: " + Profiles.builtinNames());
    }

    private static Path otlpLog() throws Exception {
        Path file = dir.resolve("spans.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int t = 0; t < 40; t++) {
                String trace = String.format("%032x", t + 1);
                StringBuilder spans = new StringBuilder();
                for (int s = 0; s < 5; s++) {
                    long start = 1_700_000_000_000_000_000L + t * 10_000_000L + s * 1_000_000L;
                    String parent = s == 0 ? "" : String.format("%016x", t * 10 + s);
                    if (s > 0) spans.append(',');
                    spans.append("{\"traceId\":\"").append(trace).append("\",\"spanId\":\"")
                            .append(String.format("%016x", t * 10 + s + 1)).append("\",\"parentSpanId\":\"").append(parent)
                            .append("\",\"name\":\"op").append(s).append("\",\"kind\":2,\"startTimeUnixNano\":\"").append(start)
                            .append("\",\"endTimeUnixNano\":\"").append(start + 5_000_000L - s * 900_000L)
                            .append("\",\"status\":{\"code\":").append(s == 3 && t % 4 == 0 ? 2 : 0).append("}}");
                }
                w.write("{\"resourceSpans\":[{\"resource\":{\"attributes\":[{\"key\":\"service.name\",\"value\":{\"stringValue\":\"svc"
                        + (t % 3) + "\"}}]},\"scopeSpans\":[{\"scope\":{\"name\":\"t\"},\"spans\":[" + spans + "]}]}]}\n");
            }
        }
        return file;
    }

    private static Path jfrRecording() throws Exception {
        Path file = dir.resolve("small.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ThreadStart");
            recording.enable("jdk.ThreadEnd");
            recording.enable("jdk.ThreadSleep").withThreshold(java.time.Duration.ZERO);
            recording.enable("jdk.GarbageCollection");
            recording.enable("jdk.GCHeapSummary");
            recording.start();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Thread t = new Thread(() -> {
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "sleeper-" + i);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) t.join();
            System.gc();
            recording.stop();
            recording.dump(file);
        }
        return file;
    }
}
