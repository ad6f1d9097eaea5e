package dev.chronoscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.replay.State;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "state", description = "The state after events 0..K.")
final class StateCommand implements Callable<Integer> {
    @Mixin LogOptions log;
    @Spec CommandSpec spec;

    @Option(names = "--at", required = true, paramLabel = "K", description = "Offset of the last event applied.")
    long at;

    @Option(names = "--path", paramLabel = "PREFIX", description = "Only leaves at or under this path.")
    String path;

    @Override
    public Integer call() {
        return log.run(spec, (session, out) -> {
            Offsets.check(session, "--at", at, true);
            String prefix = path == null ? "" : path;
            State state = session.state(at);
            if (log.json) {
                ObjectNode o = Json.object();
                o.put("offset", at);
                o.set("state", state.toJson(prefix));
                Json.print(out, o);
            } else {
                out.printf("state after offset %d%s:%n", at, prefix.isEmpty() ? "" : " under " + ControlEscapingWriter.oneLine(prefix));
                for (Map.Entry<String, JsonNode> leaf : state.leaves(prefix).entrySet()) {
                    out.printf("  %s = %s%n", ControlEscapingWriter.oneLine(leaf.getKey()), Json.compact(leaf.getValue()));
                }
            }
            return Cli.OK;
        });
    }
}
