package dev.chronoscope.cli;

import dev.chronoscope.generate.Scenario;
import dev.chronoscope.generate.Scenarios;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", description = "Writes a synthetic log of a known scenario (deterministic by seed).")
final class GenerateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "One of: ${COMPLETION-CANDIDATES}", completionCandidates = ScenarioNames.class)
    String scenario;

    @Option(names = "--events", paramLabel = "N", description = "Number of events (default: the scenario's sample size).") Long events;
    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 1, the samples' seed).") long seed = Scenarios.DEFAULT_SEED;
    @Option(names = "--out", required = true, paramLabel = "PATH", description = "File (or folder, for batch formats) to write.") Path out;
    @Option(names = "--json", description = "Machine output on stdout: what was written, and where.") boolean json;

    @Override
    public Integer call() {
        Scenario s = byName(scenario);
        long n = events == null ? s.defaultEvents() : events;
        if (n < 0) throw new UnusableException("--events must not be negative, was " + n);
        // Path.of("") is the working folder: an unset "$OUT" would scatter files where the user stands
        if (out.toString().isEmpty()) throw new UnusableException("--out is empty: name a file or folder to write");
        try {
            Path written = s.write(out, n, seed);
            if (json) {
                Json.print(spec.commandLine().getOut(), Json.object().put("scenario", s.name()).put("events", n)
                        .put("seed", seed).put("out", written.toString()));
            } else {
                spec.commandLine().getErr().printf("wrote %,d events of %s to %s%n", n, s.name(),
                        ControlEscapingWriter.oneLine(written));
            }
        } catch (IOException e) {
            throw new UnusableException("cannot write " + out + ": " + IoProblems.describe(e), e);
        }
        return Cli.OK;
    }

    static Scenario byName(String name) {
        return Scenarios.byName(name).orElseThrow(() -> new UnusableException("unknown scenario '" + name + "'; known: "
                + Scenarios.all().stream().map(Scenario::name).toList()));
    }

    /** For picocli's help text. */
    static final class ScenarioNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Scenarios.all().stream().map(Scenario::name).iterator();
        }
    }
}
