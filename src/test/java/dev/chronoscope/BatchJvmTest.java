package dev.chronoscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a command moves to a child JVM with the throughput collector, and that the move is invisible. */
class BatchJvmTest {
    @TempDir Path dir;

    private static BatchJvm.Facts facts(List<String> options, Map<String, String> environment) {
        return new BatchJvm.Facts("/jdk/bin/java", "chronoscope.jar", options, environment, 42, Optional.empty());
    }

    @Test
    void aCommandMovesWithItsOptionsAndArguments() {
        Optional<List<String>> command = BatchJvm.childCommand(facts(List.of("-Xmx512m", "-Dx=y"), Map.of()),
                new String[] {"info", "my log.jsonl", "--json"}).map(BatchJvm.Child::command);
        assertEquals(Optional.of(List.of("/jdk/bin/java", "-XX:+UseParallelGC", "-XX:InlineSmallCode=1000",
                "-XX:MaxInlineLevel=6", "-XX:FreqInlineSize=100",
                "-XX:Tier4InvocationThreshold=30000", "-XX:Tier4MinInvocationThreshold=3000", "-XX:Tier4CompileThreshold=45000", "-XX:Tier4BackEdgeThreshold=200000", "-Xmx512m", "-Dx=y",
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
                new BatchJvm.Facts("/jdk/bin/java", "", List.of(), Map.of(), 42, Optional.empty()), args), "no class path to start from");
    }

    @Test
    void argumentsThisLocaleCannotDecodeMoveWithTheirBytesToAUtf8Locale() {
        List<byte[]> bytes = List.of("info".getBytes(StandardCharsets.UTF_8), "日志.jsonl".getBytes(StandardCharsets.UTF_8));
        String[] args = {"info", "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD.jsonl"};
        BatchJvm.Child child = BatchJvm.child(facts(List.of("-Xmx512m"), Map.of()), args, Optional.of(bytes), true).orElseThrow();
        assertEquals(List.of("/jdk/bin/java", "-XX:+UseParallelGC", "-XX:InlineSmallCode=1000", "-XX:MaxInlineLevel=6",
                "-XX:FreqInlineSize=100", "-XX:Tier4InvocationThreshold=30000", "-XX:Tier4MinInvocationThreshold=3000", "-XX:Tier4CompileThreshold=45000", "-XX:Tier4BackEdgeThreshold=200000", "-Xmx512m", "-D" + BatchJvm.PARENT_PID + "=42",
                "-D" + ArgumentBytes.PROPERTY + "=" + ArgumentBytes.relay(bytes), "-cp", "chronoscope.jar", Main.class.getName()),
                child.command(), "the garbled arguments are not passed on");
        assertEquals(Map.of("LC_ALL", "C.UTF-8"), child.environment());

        BatchJvm.Child ownCollector = BatchJvm.child(facts(List.of("-XX:+UseG1GC"), Map.of()), args, Optional.of(bytes), true)
                .orElseThrow();
        assertFalse(ownCollector.command().contains("-XX:+UseParallelGC"));
        assertTrue(ownCollector.command().contains("-XX:+UseG1GC"));
        BatchJvm.Child app = BatchJvm.child(facts(List.of(), Map.of()), new String[] {"\uFFFD.jsonl"}, Optional.of(bytes), false)
                .orElseThrow();
        assertFalse(app.command().contains("-XX:+UseParallelGC"), "the app keeps its collector");
        assertEquals(Optional.empty(), BatchJvm.child(facts(List.of(), Map.of()), new String[] {"a.jsonl"}, Optional.empty(), false));
        assertEquals(Optional.empty(), BatchJvm.child(facts(List.of(), Map.of(BatchJvm.CHOICE, "same")), args, Optional.of(bytes), true));
        assertEquals(Optional.empty(), BatchJvm.child(facts(List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005"), Map.of()),
                args, Optional.of(bytes), true));
    }

    @Test
    void aLogNamedInUtf8OpensUnderTheCLocale() throws Exception {
        assumeTrue(StandardCharsets.UTF_8.name().equals(System.getProperty("sun.jnu.encoding")),
                "the test names its log in UTF-8, which needs a UTF-8 locale itself");
        Path log = dir.resolve("日志.jsonl");
        Files.writeString(log, "{\"type\":\"Tick\",\"ts\":1,\"n\":1}\n{\"type\":\"Tick\",\"ts\":2,\"n\":2}\n");
        Path output = dir.resolve("out.txt");
        String classPath = System.getProperty("java.class.path");
        Map<String, String> cLocale = Map.of("LC_ALL", "C", "LANG", "C");

        int status = launch(classPath, output, cLocale, "info", log.toString(), "--json", "--cache-dir", dir.resolve("cache").toString());
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(0, status, text);
        assertTrue(text.contains("\"events\":2"), text);

        Map<String, String> oneJvm = new java.util.HashMap<>(cLocale);
        oneJvm.put(BatchJvm.CHOICE, "same");
        assertEquals(1, launch(classPath, output, oneJvm, "info", log.toString()));
        text = Files.readString(output, StandardCharsets.UTF_8);
        assertTrue(text.contains("chronoscope: " + log + ": this name cannot be read in the current locale"), text);
        assertTrue(text.contains("CHRONOSCOPE_JVM=same") && !text.contains("\tat "), text);
    }

    @Test
    void theChildRunsTheCommandWithTheThroughputCollectorAndItsStatusIsTheLaunchers() throws Exception {
        Path log = dir.resolve("log.jsonl");
        Files.writeString(log, "{\"type\":\"Tick\",\"ts\":1,\"n\":1}\n{\"type\":\"Tick\",\"ts\":2,\"n\":2}\n");
        Path output = dir.resolve("out.txt");
        String classPath = jarredClassPath();
        for (int run = 1; run <= 2; run++) { // the first run writes the class archive, the second maps it
            int status = launch(classPath, output, "info", log.toString(), "--json", "--cache-dir", dir.resolve("cache").toString());
            String text = Files.readString(output);
            assertEquals(0, status, text);
            assertTrue(text.contains("Using Parallel"), "the child's collector:\n" + text);
            assertTrue(text.contains("\"events\":2"), text);
            assertFalse(text.contains("cds") || text.contains("Error"), "no word from class sharing:\n" + text);
            try (var archives = Files.list(dir.resolve("cache-root").resolve(ClassArchive.FOLDER))) {
                List<String> names = archives.map(p -> p.getFileName().toString()).toList();
                assertTrue(names.size() == 1 && names.get(0).endsWith(".jsa"), "one whole archive: " + names);
            }
        }

        assertEquals(1, launch(classPath, output, "info", dir.resolve("missing.jsonl").toString()), Files.readString(output));
        assertTrue(Files.readString(output).contains("missing.jsonl"), Files.readString(output));
    }

    /** The test class path with our classes in a jar, as users run them: the JDK archives classes from jars only. */
    private String jarredClassPath() throws Exception {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = dir.resolve("chronoscope-classes.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); var files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        List<String> entries = new ArrayList<>(List.of(jar.toString()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (Files.isRegularFile(Path.of(entry)) && entry.endsWith(".jar") && !entry.contains("surefire")) entries.add(entry);
        }
        return String.join(File.pathSeparator, entries);
    }

    private int launch(String classPath, Path output, String... args) throws Exception {
        return launch(classPath, output, Map.of(), args);
    }

    private int launch(String classPath, Path output, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:gc", "-Xmx256m", "-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().remove(BatchJvm.CHOICE);
        builder.environment().put("CHRONOSCOPE_CACHE", dir.resolve("cache-root").toString());
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) builder.environment().remove(variable);
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the launcher ended");
        return process.exitValue();
    }
}
