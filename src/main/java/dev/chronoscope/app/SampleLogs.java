package dev.chronoscope.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the bundled sample logs: {@code sample-logs/} in the working directory, else beside the jar. */
final class SampleLogs {
    static final String KERNEL = "angzarr-kernel.jsonl";

    private SampleLogs() {}

    static Path folder() {
        Path here = Path.of("sample-logs");
        if (Files.isDirectory(here)) return here;
        try {
            Path code = Path.of(SampleLogs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = code.getParent(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("sample-logs");
                if (Files.isDirectory(candidate)) return candidate;
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
        return null;
    }

    /** The kernel sample the app opens when started without a log, or null when not bundled. */
    static Path kernel() {
        Path dir = folder();
        if (dir == null) return null;
        Path p = dir.resolve(KERNEL);
        return Files.isRegularFile(p) ? p : null;
    }
}
