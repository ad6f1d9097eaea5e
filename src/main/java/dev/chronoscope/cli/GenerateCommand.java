package dev.chronoscope.cli;

import dev.chronoscope.generate.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
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
    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 1).") long seed = 1;
    @Option(names = "--out", required = true, paramLabel = "PATH", description = "File (or folder, for batch formats) to write.") Path out;

    @Override
    public Integer call() {
        Scenario s = byName(scenario);
        long n = events == null ? s.defaultEvents() : events;
        if (n < 0) throw new UnusableException("--events must not be negative, was " + n);
        try {
            Path written = s.write(out, n, seed);
            spec.commandLine().getErr().printf("wrote %,d events of %s to %s%n", n, s.name(), written);
        } catch (IOException e) {
            throw new UnusableException("cannot write " + out + ": " + e.getMessage(), e);
        }
        return Cli.OK;
    }

    static List<Scenario> all() {
        List<Scenario> list = new ArrayList<>();
        ServiceLoader.load(Scenario.class).forEach(list::add);
        return list;
    }

    static Scenario byName(String name) {
        List<Scenario> all = all();
        for (Scenario s : all) if (s.name().equals(name)) return s;
        throw new UnusableException("unknown scenario '" + name + "'; known: "
                + all.stream().map(Scenario::name).sorted().toList());
    }

    /** For picocli's help text. */
    static final class ScenarioNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return all().stream().map(Scenario::name).sorted().iterator();
        }
    }
}
