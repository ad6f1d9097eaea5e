package dev.chronoscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the CLI in this process against a private cache folder and captures what it prints. */
final class CliRunner {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path cacheDir;

    CliRunner(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        if (all.size() > 1 && Cli.isCommand(all.get(0)) && !all.get(0).equals("generate") && !all.get(0).equals("bench")) {
            all.add("--cache-dir");
            all.add(cacheDir.toString());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Result(status, out.toString(), err.toString());
    }

    JsonNode json(String... args) {
        Result r = run(args);
        if (r.status() != 0) throw new AssertionError("exit " + r.status() + ": " + r.err());
        try {
            return JSON.readTree(r.out());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.out(), e);
        }
    }

    record Result(int status, String out, String err) {}
}
