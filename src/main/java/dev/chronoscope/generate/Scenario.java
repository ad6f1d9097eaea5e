package dev.chronoscope.generate;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A synthetic log of a known story ({@code generate SCENARIO}). Deterministic: the same events and
 * seed give the same bytes. Registered with {@link java.util.ServiceLoader}.
 */
public interface Scenario {

    String name();

    /** One line for {@code generate --help}. */
    String description();

    /** Default number of events for the committed sample. */
    long defaultEvents();

    /** Writes the log (a file, or a folder for batch formats) and returns its path. */
    Path write(Path out, long events, long seed) throws IOException;
}
