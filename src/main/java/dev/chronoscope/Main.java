package dev.chronoscope;

import dev.chronoscope.app.ChronoscopeApp;
import dev.chronoscope.app.ScreenshotCommand;
import dev.chronoscope.cli.Cli;
import java.io.PrintWriter;
import java.util.Arrays;

/**
 * The launcher. A JavaFX {@code Application} cannot be the jar's main class on the classpath, so
 * this plain class decides: no argument or a log path opens the app, {@code screenshot} renders
 * the app to a PNG, and a command name (or an option such as --help) runs the CLI.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("screenshot")) {
            int status = ScreenshotCommand.run(Arrays.copyOfRange(args, 1, args.length));
            System.exit(status);
        }
        if (args.length > 0 && (Cli.isCommand(args[0]) || args[0].startsWith("-"))) {
            int status = Cli.run(args, new PrintWriter(System.out), new PrintWriter(System.err));
            System.exit(status);
        }
        ChronoscopeApp.launchApp(args);
    }
}
