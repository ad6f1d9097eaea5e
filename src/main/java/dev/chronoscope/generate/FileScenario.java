package dev.chronoscope.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A scenario that writes one JSON Lines file. When {@code out} is an existing directory the file
 * is {@code <dir>/<name>.jsonl}. Simulations report write failures unchecked from deep inside
 * their loop; they are turned back into the {@link IOException} the interface promises.
 */
abstract class FileScenario implements Scenario {

    /** The story-driving simulation for one run. */
    abstract Simulation simulation(JsonOut out, SplittableRandom rnd, long events);

    @Override
    public Path write(Path out, long events, long seed) throws IOException {
        if (events < 0) throw new IllegalArgumentException("events must be >= 0, got " + events);
        Path file = Files.isDirectory(out) ? out.resolve(name() + ".jsonl") : out;
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (OutputStream sink = Files.newOutputStream(file); JsonOut json = new JsonOut(sink)) {
            simulation(json, new SplittableRandom(seed), events).run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return file;
    }
}
