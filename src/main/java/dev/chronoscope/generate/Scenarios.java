package dev.chronoscope.generate;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The registered {@link Scenario}s (ServiceLoader), for {@code generate} and {@code bench}. */
public final class Scenarios {
    /** The seed the committed samples under {@code sample-logs/} were generated with (the CLI's default). */
    public static final long DEFAULT_SEED = 1;

    private Scenarios() {}

    /** Every registered scenario, sorted by name. */
    public static List<Scenario> all() {
        return ServiceLoader.load(Scenario.class, Scenarios.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(Scenario::name))
                .collect(Collectors.toUnmodifiableList());
    }

    public static Optional<Scenario> byName(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
