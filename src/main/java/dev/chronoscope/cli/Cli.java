package dev.chronoscope.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code chronoscope COMMAND LOG [options]} face of the engine. */
@Command(name = "chronoscope",
        scope = CommandLine.ScopeType.INHERIT, // every command takes --help and --version
        mixinStandardHelpOptions = true,
        version = "Chronoscope 0.1",
        description = "A time-travel debugger for event logs.",
        subcommands = {InfoCommand.class, StateCommand.class, DiffCommand.class, HistoryCommand.class,
                EventsCommand.class, CausesCommand.class, EffectsCommand.class, GenerateCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class})
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int UNUSABLE = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Runs the command line and returns the exit status. */
    public static int run(String[] args, PrintWriter terminalOut, PrintWriter terminalErr) {
        PrintWriter out = new PrintWriter(new ControlEscapingWriter(terminalOut));
        PrintWriter err = new PrintWriter(new ControlEscapingWriter(terminalErr));
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? USAGE : UNUSABLE);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UnusableException) {
                commandLine.getErr().println("chronoscope: " + ControlEscapingWriter.oneLine(ex.getMessage()));
                return UNUSABLE;
            }
            commandLine.getErr().println("chronoscope: internal error: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return UNUSABLE;
        });
        int status = cl.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /**
     * The names of the commands, so that Main can tell a command from a log path. The launcher
     * asks before every command, in a JVM that does nothing else: a list here costs nothing,
     * while reading the subcommands' annotations loads picocli's classes, which the class archive
     * cannot hold (about 40 ms). {@code CommandNamesTest} checks it against the annotations.
     */
    static final List<String> COMMAND_NAMES = List.of("info", "state", "diff", "history", "events", "causes",
            "effects", "generate", "bench", "help");

    public static boolean isCommand(String word) {
        return COMMAND_NAMES.contains(word);
    }
}
