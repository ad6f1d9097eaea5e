package dev.chronoscope;

/**
 * The launcher. A JavaFX {@code Application} cannot be the jar's main class on the classpath, so
 * this plain class decides: no argument or a log path opens the app, a command name runs the CLI.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.err.println("Chronoscope is being assembled");
        System.exit(1);
    }
}
