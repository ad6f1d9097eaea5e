package dev.chronoscope.profile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in profiles (resources {@code /profiles/<name>.json}, listed one name a line in
 * {@code /profiles/index.txt}), resolution of {@code --profile NAME|FILE}, and detection of the
 * profile that fits a log's first records.
 */
public final class Profiles {
    public static final String GENERIC = "generic";
    private static final String INDEX = "/profiles/index.txt";

    private static volatile List<Profile> builtin;

    private Profiles() {}

    /**
     * Every built-in profile, in index order. A built-in that does not load is a defect of this
     * build, so it fails loudly here instead of being skipped.
     */
    public static List<Profile> builtin() {
        List<Profile> loaded = builtin;
        if (loaded == null) {
            loaded = loadBuiltin();
            builtin = loaded;
        }
        return loaded;
    }

    public static List<String> builtinNames() {
        return builtin().stream().map(Profile::name).toList();
    }

    /** The fallback profile: guessed mapping, each event folded into entities/lane/type. */
    public static Profile generic() {
        return builtin().stream().filter(p -> p.name().equals(GENERIC)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the built-in profile 'generic' is missing"));
    }

    /** A built-in profile by name, else a profile file at that path. */
    public static Profile resolve(String nameOrPath) throws ProfileException {
        for (Profile p : builtin()) {
            if (p.name().equals(nameOrPath)) return p;
        }
        Path file;
        try {
            file = Path.of(nameOrPath);
        } catch (RuntimeException e) {
            file = null;
        }
        if (file != null && Files.isRegularFile(file)) return ProfileLoader.load(file);
        if (file != null && Files.isDirectory(file)) {
            throw new ProfileException(nameOrPath, "is a folder; a profile is one JSON file (built-in profiles: "
                    + String.join(", ", builtinNames()) + ")");
        }
        throw new ProfileException(nameOrPath, "neither a built-in profile nor a profile file (built-in profiles: "
                + String.join(", ", builtinNames()) + ")");
    }

    /**
     * The candidate whose {@code detect} the first records satisfy most specifically (see
     * {@link Detector}); {@link #generic()} when none matches. Earlier candidates win ties.
     */
    public static Profile detect(List<ObjectNode> firstRecords, List<Profile> candidates) {
        Profile best = Detector.best(firstRecords, candidates);
        return best != null ? best : generic();
    }

    private static List<Profile> loadBuiltin() {
        List<Profile> out = new ArrayList<>();
        for (String name : indexNames()) {
            try {
                Profile p = ProfileLoader.loadResource("/profiles/" + name + ".json");
                if (!p.name().equals(name)) {
                    throw new IllegalStateException("/profiles/" + name + ".json calls itself '" + p.name() + "'");
                }
                out.add(p);
            } catch (ProfileException e) {
                throw new IllegalStateException("built-in profile does not load: " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    private static List<String> indexNames() {
        InputStream in = Profiles.class.getResourceAsStream(INDEX);
        if (in == null) throw new IllegalStateException(INDEX + " is missing from the build");
        List<String> names = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#") && !names.contains(name)) names.add(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
