package dev.chronoscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a command moves to a child JVM with the throughput collector, and that the move is invisible. */
class BatchJvmTest {
    @TempDir Path dir;

    private static BatchJvm.Facts facts(List<String> options, Map<String, String> environment) {
        return new BatchJvm.Facts("/jdk/bin/java", "chronoscope.jar", options, environment, 42);
    }

    @Test
    void aCommandMovesWithItsOptionsAndArguments() {
        Optional<List<String>> command = BatchJvm.childCommand(facts(List.of("-Xmx512m", "-Dx=y"), Map.of()),
                new String[] {"info", "my log.jsonl", "--json"});
        assertEquals(Optional.of(List.of("/jdk/bin/java", "-Xmx512m", "-Dx=y", "-XX:+UseParallelGC", "-XX:InlineSmallCode=1000",
                "-D" + BatchJvm.PARENT_PID + "=42", "-cp", "chronoscope.jar", Main.class.getName(),
                "info", "my log.jsonl", "--json")), command);
    }

    @Test
    void aChosenSetupIsKept() {
        String[] args = {"info", "x.jsonl"};
        for (List<String> options : List.of(List.of("-XX:+UseG1GC"), List.of("-Xmx1g", "-XX:+UseZGC"), List.of("-XX:-UseParallelGC"),
                List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005"), List.of("-javaagent:probe.jar"))) {
            assertEquals(Optional.empty(), BatchJvm.childCommand(facts(options, Map.of()), args), options.toString());
        }
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            assertEquals(Optional.empty(), BatchJvm.childCommand(facts(List.of(), Map.of(variable, "-Xss2m -XX:+UseSerialGC")), args), variable);
        }
        assertEquals(Optional.empty(), BatchJvm.childCommand(facts(List.of(), Map.of(BatchJvm.CHOICE, "same")), args));
        assertTrue(BatchJvm.childCommand(facts(List.of(), Map.of("JAVA_TOOL_OPTIONS", "-Xss2m")), args).isPresent(),
                "options that name no collector do not keep the command here");
        assertEquals(Optional.empty(), BatchJvm.childCommand(
                new BatchJvm.Facts("/jdk/bin/java", "", List.of(), Map.of(), 42), args), "no class path to start from");
    }

    @Test
    void theChildRunsTheCommandWithTheThroughputCollectorAndItsStatusIsTheLaunchers() throws Exception {
        Path log = dir.resolve("log.jsonl");
        Files.writeString(log, "{\"type\":\"Tick\",\"ts\":1,\"n\":1}\n{\"type\":\"Tick\",\"ts\":2,\"n\":2}\n");
        Path output = dir.resolve("out.txt");
        assertEquals(0, launch(output, "info", log.toString(), "--json", "--cache-dir", dir.resolve("cache").toString()));
        String text = Files.readString(output);
        assertTrue(text.contains("Using Parallel"), "the child's collector:\n" + text);
        assertTrue(text.contains("\"events\" : 2") || text.contains("\"events\":2"), text);

        assertEquals(1, launch(output, "info", dir.resolve("missing.jsonl").toString()), Files.readString(output));
        assertTrue(Files.readString(output).contains("missing.jsonl"), Files.readString(output));
    }

    private static int launch(Path output, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:gc", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().remove(BatchJvm.CHOICE);
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) builder.environment().remove(variable);
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the launcher ended");
        return process.exitValue();
    }
}
