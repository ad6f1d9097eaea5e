package dev.chronoscope;

import dev.chronoscope.engine.CacheDirs;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Runs a command-line command in a second JVM that uses the throughput collector.
 *
 * <p>{@code java -jar} gives a two-core machine G1, chosen for short pauses. A command is batch
 * work (ingesting a log is most of it) where pauses do not matter and G1's write barriers and
 * refinement threads do: on the generated kernel log the parallel collector ingests 1M events
 * about 10% faster and 10M events about 25% faster (see ADR 0006). A jar cannot name its JVM's
 * options, so the launcher starts the command again in a child JVM with {@link #BATCH_OPTIONS},
 * sharing this process's standard streams, and exits with the child's status. The app stays in
 * the first JVM: it is interactive, and G1's short pauses are what it needs.
 *
 * <p>The command stays where it is when someone chose this JVM's setup: a collector named in the
 * options or in {@code JAVA_TOOL_OPTIONS} / {@code JDK_JAVA_OPTIONS} / {@code _JAVA_OPTIONS}, a
 * debugger or agent attached, or {@code CHRONOSCOPE_JVM=same}. All other options (heap size,
 * system properties, flight recordings) pass on to the child. With no collector named, the JVM
 * chose one by itself: G1, or Serial on a one-CPU machine, where the parallel collector does the
 * same work. The launcher's own cost is one small JVM start, about 0.1 s, which the child wins
 * back by mapping its classes from a {@link ClassArchive}.
 *
 * <p>A command or the app also moves when an argument could not be decoded in this JVM's locale
 * (a log named in UTF-8 under {@code LANG=C}): the child starts in a UTF-8 locale and gets the
 * arguments' bytes ({@link ArgumentBytes}). Someone who chose this JVM's collector keeps it, since
 * the child gets every option of this JVM.
 */
final class BatchJvm {
    /** System property the child gets, holding the first JVM's pid: it also stops a second relaunch. */
    static final String PARENT_PID = "chronoscope.launcherPid";
    /** Environment variable; {@code same} keeps commands in the JVM they were started in. */
    static final String CHOICE = "CHRONOSCOPE_JVM";
    /**
     * The throughput collector, and shallower C2 inlining: only methods whose compiled code is
     * under 1,000 bytes (2,500 by default on x86-64), hot callees of up to 100 bytecodes (325), at
     * most 6 calls deep (15). Smaller compilations leave more of the second core to the ingest
     * while C2 is busy, which is the whole of a 1M-event run, and the code they give ran a 10M one
     * faster too. C2 also waits for three to six times the default calls and loops before it compiles a
     * method, so that code run only while a log is opened stays with C1 (ADR 0006). They come
     * before the user's options, so a user's own setting wins.
     */
    static final List<String> BATCH_OPTIONS = List.of("-XX:+UseParallelGC", "-XX:InlineSmallCode=1000",
            "-XX:MaxInlineLevel=6", "-XX:FreqInlineSize=100", "-XX:Tier4InvocationThreshold=30000",
            "-XX:Tier4MinInvocationThreshold=3000", "-XX:Tier4CompileThreshold=45000",
            "-XX:Tier4BackEdgeThreshold=200000");

    private static final Pattern COLLECTOR_OPTION = Pattern.compile("-XX:[+-]Use\\w*GC\\b");
    private static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    private BatchJvm() {}

    /** What the launcher knows about the JVM it runs in; a record so the decision can be tested. */
    record Facts(String java, String classPath, List<String> jvmOptions, Map<String, String> environment, long pid,
                 Optional<ClassArchive> archive) {
        static Facts ofThisJvm() {
            String java = ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            String classPath = System.getProperty("java.class.path", "");
            long pid = ProcessHandle.current().pid();
            String runtime = System.getProperty("java.home") + " " + System.getProperty("java.vm.version");
            Map<String, String> environment = System.getenv();
            // Locating makes the archive folder, which someone keeping commands here has no use for.
            Optional<ClassArchive> archive = staysHere(environment) ? Optional.empty()
                    : ClassArchive.locate(CacheDirs.resolve(null), classPath, runtime, pid);
            return new Facts(java, classPath, ManagementFactory.getRuntimeMXBean().getInputArguments(), environment, pid, archive);
        }
    }

    /**
     * Runs the command {@code args} in a child JVM and returns its exit status, or empty when the
     * command should run in this JVM (because of the rules above, or because the child could not
     * be started).
     */
    static OptionalInt runInChild(String[] args) {
        return start(args, Optional.empty(), true);
    }

    /**
     * Runs {@code args} (a command when {@code command}, else the app) in a child JVM started in a
     * UTF-8 locale, with the arguments' bytes this JVM could not decode ({@link ArgumentBytes});
     * empty when it must stay in this JVM or the child could not be started.
     */
    static OptionalInt runInUtf8Child(String[] args, List<byte[]> argumentBytes, boolean command) {
        return start(args, Optional.of(argumentBytes), command);
    }

    /** In a child, ends this JVM with the launcher; nothing in a launcher. */
    static void followLauncher() {
        String launcherPid = System.getProperty(PARENT_PID);
        if (launcherPid != null) endWithLauncher(launcherPid);
    }

    private static OptionalInt start(String[] args, Optional<List<byte[]>> argumentBytes, boolean command) {
        if (System.getProperty(PARENT_PID) != null) return OptionalInt.empty();
        Facts facts = Facts.ofThisJvm();
        Optional<Child> child = child(facts, args, argumentBytes, command);
        if (child.isEmpty()) return OptionalInt.empty();
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(child.get().command()).inheritIO();
            builder.environment().putAll(child.get().environment());
            process = builder.start();
        } catch (IOException | UnsupportedOperationException e) {
            return OptionalInt.empty();
        }
        int status = waitFor(process);
        if (child.get().archived()) facts.archive().get().childEnded(status);
        return OptionalInt.of(status);
    }

    private static int waitFor(Process child) {
        // A TERM sent to the launcher must reach the work; Ctrl-C reaches both through the terminal.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (child.isAlive()) child.destroy();
        }, "chronoscope-end-child"));
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // Only the child's end ends the launcher.
            }
        }
    }

    /**
     * A child JVM to start: its command line, what its environment changes, whether it maps the
     * class archive.
     */
    record Child(List<String> command, Map<String, String> environment, boolean archived) {}

    /** The child for a command that moves for the throughput collector, or empty when it runs in this JVM. */
    static Optional<Child> childCommand(Facts facts, String[] args) {
        return child(facts, args, Optional.empty(), true);
    }

    /**
     * The child to start, or empty when the work stays in this JVM. A command moves for the
     * throughput collector unless someone chose this JVM's collector; anything moves for a UTF-8
     * locale, with every option of this JVM, unless someone chose to keep this JVM (which a
     * debugger or agent also does: the child would lose it).
     */
    static Optional<Child> child(Facts facts, String[] args, Optional<List<byte[]>> argumentBytes, boolean command) {
        if (staysHere(facts.environment())) return Optional.empty();
        if (facts.classPath().isEmpty()) return Optional.empty();
        for (String option : facts.jvmOptions()) {
            if (option.startsWith("-agentlib:") || option.startsWith("-agentpath:") || option.startsWith("-javaagent:")
                    || option.startsWith("-Xrunjdwp") || option.startsWith("-Xdebug")) {
                return Optional.empty();
            }
        }
        boolean batch = command && !collectorChosen(facts);
        if (!batch && argumentBytes.isEmpty()) return Optional.empty();
        boolean archived = batch && usesArchive(facts);
        List<String> line = new ArrayList<>();
        line.add(facts.java());
        if (batch) line.addAll(BATCH_OPTIONS);
        line.addAll(facts.jvmOptions());
        if (archived) line.addAll(facts.archive().get().options());
        line.add("-D" + PARENT_PID + "=" + facts.pid());
        argumentBytes.ifPresent(bytes -> line.add("-D" + ArgumentBytes.PROPERTY + "=" + ArgumentBytes.relay(bytes)));
        line.add("-cp");
        line.add(facts.classPath());
        line.add(Main.class.getName());
        // Relayed arguments would reach the child through this JVM's charset, the one that lost them.
        if (argumentBytes.isEmpty()) line.addAll(List.of(args));
        Map<String, String> environment = argumentBytes.isPresent() ? Map.of("LC_ALL", ArgumentBytes.UTF8_LOCALE) : Map.of();
        return Optional.of(new Child(List.copyOf(line), environment, archived));
    }

    private static boolean collectorChosen(Facts facts) {
        for (String option : facts.jvmOptions()) {
            if (COLLECTOR_OPTION.matcher(option).find()) return true;
        }
        for (String variable : OPTION_VARIABLES) {
            String value = facts.environment().get(variable);
            if (value != null && COLLECTOR_OPTION.matcher(value).find()) return true;
        }
        return false;
    }

    private static boolean staysHere(Map<String, String> environment) {
        return "same".equalsIgnoreCase(environment.getOrDefault(CHOICE, ""));
    }

    /** Someone handling class sharing themselves keeps it; an option about it names one of these. */
    private static boolean usesArchive(Facts facts) {
        if (facts.archive().isEmpty()) return false;
        for (String option : facts.jvmOptions()) {
            String lower = option.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("xshare") || lower.contains("sharedarchive") || lower.contains("archiveclasses")
                    || lower.contains("sharedspaces") || lower.contains("cds")) {
                return false;
            }
        }
        return true;
    }

    /**
     * In a child, ends this JVM when the launcher is gone: a launcher killed outright (kill -9)
     * leaves no shutdown hook to stop an ingest nobody will read.
     */
    private static void endWithLauncher(String launcherPid) {
        long pid;
        try {
            pid = Long.parseLong(launcherPid);
        } catch (NumberFormatException e) {
            return;
        }
        ProcessHandle.of(pid).ifPresentOrElse(
                launcher -> launcher.onExit().thenRun(() -> Runtime.getRuntime().halt(137)),
                () -> Runtime.getRuntime().halt(137));
    }
}
