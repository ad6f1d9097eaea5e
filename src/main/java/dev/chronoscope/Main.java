package dev.chronoscope;

import dev.chronoscope.app.ChronoscopeApp;
import dev.chronoscope.app.ScreenshotCommand;
import dev.chronoscope.cli.Cli;
import dev.chronoscope.engine.Chronoscope;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The launcher. A JavaFX {@code Application} cannot be the jar's main class on the classpath, so
 * this plain class decides: no argument or a log path opens the app, {@code screenshot} renders
 * the app to a PNG, and a command name (or an option such as --help) runs the CLI. A command runs
 * in a second JVM tuned for batch work when nobody chose this JVM's setup ({@link BatchJvm}).
 * Arguments this JVM's locale cannot decode move the work to a JVM in a UTF-8 locale
 * ({@link ArgumentBytes}), or end it with a message that says why they cannot.
 */
public final class Main {
    private Main() {}

    public static void main(String[] given) {
        BatchJvm.followLauncher();
        Optional<List<byte[]>> relayed = ArgumentBytes.relayed();
        String[] args = relayed.map(ArgumentBytes::utf8Strings).orElse(given);
        boolean command = args.length > 0 && Cli.isCommand(args[0]);
        if (relayed.isPresent() && !ArgumentBytes.namesAreUtf8()) {
            int unreadable = firstNonAscii(relayed.get());
            refuse(relayed.get().get(Math.max(unreadable, 0)), ArgumentBytes.Obstacle.NO_UTF8_LOCALE);
        }
        int undecoded = ArgumentBytes.firstUndecoded(args);
        if (undecoded >= 0) moveToUtf8(args, undecoded, command);
        if (args.length > 0 && args[0].equals("screenshot")) {
            int status = ScreenshotCommand.run(Arrays.copyOfRange(args, 1, args.length));
            System.exit(status);
        }
        if (command) {
            OptionalInt child = BatchJvm.runInChild(args);
            if (child.isPresent()) System.exit(child.getAsInt());
            prepareWhileParsing();
        }
        OptionalInt status = run(args, new PrintWriter(System.out), new PrintWriter(System.err), ChronoscopeApp::launchApp);
        // After the app the JVM ends on its own, once the app's threads have finished their work.
        if (status.isPresent()) System.exit(status.getAsInt());
    }

    /**
     * Parsing a command line is picocli reflecting over our commands' annotations on a fresh JVM,
     * and opening the log then loads Jackson, MapDB and the profiles one after the other: the
     * second core does the latter meanwhile.
     */
    private static void prepareWhileParsing() {
        Thread prepare = new Thread(Chronoscope::prepare, "chronoscope-prepare");
        prepare.setDaemon(true);
        prepare.start();
    }

    /** Runs the work again in a JVM that can read its arguments, or says why none can; never returns. */
    private static void moveToUtf8(String[] args, int undecoded, boolean command) {
        Optional<List<byte[]>> bytes = ArgumentBytes.ofThisProcess(args);
        if (bytes.isEmpty()) {
            refuse(args[undecoded].getBytes(StandardCharsets.US_ASCII), ArgumentBytes.Obstacle.BYTES_LOST);
        }
        int notUtf8 = ArgumentBytes.firstNotUtf8(bytes.get());
        if (notUtf8 >= 0) refuse(bytes.get().get(notUtf8), ArgumentBytes.Obstacle.NOT_UTF8);
        OptionalInt child = BatchJvm.runInUtf8Child(args, bytes.get(), command);
        if (child.isPresent()) System.exit(child.getAsInt());
        refuse(bytes.get().get(undecoded), ArgumentBytes.Obstacle.ONE_JVM);
    }

    private static void refuse(byte[] argument, ArgumentBytes.Obstacle obstacle) {
        byte[] message = ArgumentBytes.message(argument, obstacle);
        System.err.write(message, 0, message.length);
        System.err.flush();
        System.exit(Cli.UNUSABLE);
    }

    private static int firstNonAscii(List<byte[]> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            for (byte b : arguments.get(i)) {
                if (b < 0) return i;
            }
        }
        return -1;
    }

    /** The exit status, or empty when the app ran to its end. */
    static OptionalInt run(String[] args, PrintWriter out, PrintWriter err, Consumer<String[]> app) {
        if (args.length > 0 && (Cli.isCommand(args[0]) || args[0].startsWith("-"))) {
            return OptionalInt.of(Cli.run(args, out, err));
        }
        if (args.length > 0 && args[0].isEmpty()) {
            // Path.of("") is the working folder: 'chronoscope "$LOG"' with LOG unset must not open it
            err.println("chronoscope: the log path is empty: name a log file or folder");
            err.flush();
            return OptionalInt.of(Cli.UNUSABLE);
        }
        if (args.length > 0 && !exists(args[0]) && looksLikeAPath(args[0])) {
            err.println("chronoscope: " + args[0] + ": no such file or folder");
            err.flush();
            return OptionalInt.of(Cli.UNUSABLE);
        }
        if (args.length > 0 && !exists(args[0])) {
            // A typo of a command would otherwise open the app on a log that is not there.
            err.println("chronoscope: unknown command or missing file: " + args[0]);
            err.println("Usage: chronoscope [LOG] | chronoscope COMMAND LOG [options]; 'chronoscope --help' lists the commands");
            err.flush();
            return OptionalInt.of(Cli.USAGE);
        }
        try {
            app.accept(args);
            return OptionalInt.empty();
        } catch (UnsupportedOperationException e) {
            if (e.getMessage() == null || !e.getMessage().contains("DISPLAY")) throw e;
            err.println("chronoscope: the app needs a display, and none is available (" + e.getMessage() + ").");
            err.println("Without one, use the commands, e.g. 'chronoscope info LOG'; 'chronoscope --help' lists them.");
            err.flush();
            return OptionalInt.of(Cli.UNUSABLE);
        }
    }

    /** A missing log named with a folder or an extension is an unusable log (1), not a mistyped command (2). */
    private static boolean looksLikeAPath(String argument) {
        return argument.indexOf('/') >= 0 || argument.indexOf('\\') >= 0 || argument.indexOf('.') >= 0;
    }

    private static boolean exists(String argument) {
        try {
            return Files.exists(Path.of(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
