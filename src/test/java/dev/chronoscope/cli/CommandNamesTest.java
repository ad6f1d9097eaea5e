package dev.chronoscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class CommandNamesTest {

    @Test
    void theLaunchersListNamesEverySubcommandAndNothingElse() {
        List<String> declared = new ArrayList<>();
        for (Class<?> command : Cli.class.getAnnotation(Command.class).subcommands()) {
            Command names = command.getAnnotation(Command.class);
            declared.add(names.name());
            declared.addAll(Arrays.asList(names.aliases()));
        }
        assertEquals(declared.stream().sorted().toList(), Cli.COMMAND_NAMES.stream().sorted().toList());
    }

    @Test
    void aLogPathIsNotACommand() {
        assertTrue(Cli.isCommand("history"));
        assertFalse(Cli.isCommand("info.jsonl"));
        assertFalse(Cli.isCommand("Info"));
    }
}
