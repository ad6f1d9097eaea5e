package dev.chronoscope.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chronoscope screenshot LOG --at K --out FILE.png}: the main window as a PNG. */
@Command(name = "screenshot", mixinStandardHelpOptions = true,
        description = "Renders the main window with LOG open at offset K to a PNG file.")
public final class ScreenshotCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "LOG") Path log;
    @Option(names = "--at", paramLabel = "K", description = "Cursor offset (default 0).") long at;
    @Option(names = "--out", required = true, paramLabel = "FILE.png") Path out;
    @Option(names = "--width", paramLabel = "PX") int width = 1440;
    @Option(names = "--height", paramLabel = "PX") int height = 900;
    @Option(names = "--dark", description = "Use the dark theme.") boolean dark;

    @Override
    public Integer call() {
        try {
            Screenshots.render(log, at, out, width, height, dark);
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("chronoscope: screenshot failed: " + e.getMessage());
            return 1;
        }
    }

    public static int run(String[] args) {
        return new CommandLine(new ScreenshotCommand()).execute(args);
    }
}
