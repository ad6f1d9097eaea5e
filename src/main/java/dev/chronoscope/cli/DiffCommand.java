package dev.chronoscope.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.replay.Change;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "diff", description = "The net change between the state after A and after B, one entry per leaf.")
final class DiffCommand implements Callable<Integer> {
    @Mixin LogOptions log;
    @Spec CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "A") long from;
    @Option(names = "--to", required = true, paramLabel = "B") long to;
    @Option(names = "--path", paramLabel = "PREFIX", description = "Only leaves at or under this path.") String path;

    @Override
    public Integer call() {
        return log.run(spec, (session, out) -> {
            Offsets.check(session, "--from", from, true);
            Offsets.check(session, "--to", to, true);
            List<Change> changes = session.diff(from, to, path == null ? "" : path);
            if (log.json) {
                ObjectNode o = Json.object();
                o.put("from", from);
                o.put("to", to);
                ArrayNode list = o.putArray("changes");
                for (Change c : changes) {
                    ObjectNode co = list.addObject();
                    co.put("path", c.path());
                    co.set("before", Json.orNull(c.before()));
                    co.set("after", Json.orNull(c.after()));
                }
                Json.print(out, o);
            } else {
                out.printf("%d leaves differ between offset %d and %d%n", changes.size(), from, to);
                for (Change c : changes) {
                    out.printf("  %-8s %s: %s -> %s%n", c.kind().name().toLowerCase(), ControlEscapingWriter.oneLine(c.path()),
                            Json.compact(c.before()), Json.compact(c.after()));
                }
            }
            return Cli.OK;
        });
    }
}
