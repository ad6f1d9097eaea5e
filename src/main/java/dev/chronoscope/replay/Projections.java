package dev.chronoscope.replay;

import dev.chronoscope.profile.Profile;
import dev.chronoscope.profile.ProfileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The registry of built-in Java projections: every {@link ProjectionProvider} listed in
 * META-INF/services, by name. Profiles name them in {@code projections}; nothing else can be
 * loaded, so a profile never runs code that does not ship with Chronoscope.
 */
public final class Projections {
    private Projections() {}

    private static final class Registry {
        static final Map<String, ProjectionProvider> PROVIDERS = load();

        private static Map<String, ProjectionProvider> load() {
            Map<String, ProjectionProvider> byName = new TreeMap<>();
            for (ProjectionProvider p : ServiceLoader.load(ProjectionProvider.class, Projections.class.getClassLoader())) {
                byName.putIfAbsent(p.name(), p);
            }
            return Map.copyOf(byName);
        }
    }

    /** A fresh instance of the named projection, or empty when no provider has that name. */
    public static Optional<Projection> byName(String name) {
        ProjectionProvider p = Registry.PROVIDERS.get(name);
        return p == null ? Optional.empty() : Optional.of(p.create());
    }

    /** Names of all registered projections, sorted. */
    public static List<String> names() {
        return List.copyOf(new TreeMap<>(Registry.PROVIDERS).keySet());
    }

    /** Fresh instances of the projections a profile names, in its order. */
    public static List<Projection> forProfile(Profile profile) throws ProfileException {
        List<Projection> out = new ArrayList<>();
        for (String name : profile.projections()) {
            out.add(byName(name).orElseThrow(() -> new ProfileException(
                    profile.source() == null ? profile.name() : profile.source(),
                    profile.projectionsLine(), profile.projectionsColumn(),
                    "projections: unknown projection '" + name + "' (known: " + String.join(", ", names()) + ")")));
        }
        return out;
    }
}
