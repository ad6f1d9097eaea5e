package dev.chronoscope;

import dev.chronoscope.cli.Cli;
import java.io.PrintWriter;

/**
 * The launcher. A JavaFX {@code Application} cannot be the jar's main class on the classpath, so
 * this plain class decides: no argument or a log path opens the app, a command name runs the CLI.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length > 0 && (Cli.isCommand(args[0]) || args[0].startsWith("-"))) {
            int status = Cli.run(args, new PrintWriter(System.out), new PrintWriter(System.err));
            System.exit(status);
        }
        System.err.println("chronoscope: the desktop app is not part of this build yet; use a command: "
                + "info, state, diff, history, events, causes, effects, generate, bench");
        System.exit(2);
    }
}
