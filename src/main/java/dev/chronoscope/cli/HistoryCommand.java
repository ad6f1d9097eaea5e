package dev.chronoscope.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.replay.OffsetChange;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "history", description = "Every change of the leaf P, or of any leaf below P, in offset order.")
final class HistoryCommand implements Callable<Integer> {
    @Mixin LogOptions log;
    @Spec CommandSpec spec;

    @Option(names = "--path", required = true, paramLabel = "P") String path;
    @Option(names = "--from", paramLabel = "A", description = "First offset (default 0).") Long from;
    @Option(names = "--to", paramLabel = "B", description = "Last offset, inclusive (default the last event).") Long to;

    @Override
    public Integer call() {
        return log.run(spec, (session, out) -> {
            long[] range = Offsets.range(session, from, to);
            List<OffsetChange> changes = session.history(path, range[0], range[1]);
            if (log.json) {
                ObjectNode o = Json.object();
                o.put("path", path);
                ArrayNode list = o.putArray("changes");
                for (OffsetChange c : changes) {
                    ObjectNode co = list.addObject();
                    co.put("offset", c.offset());
                    co.put("path", c.path());
                    co.set("before", Json.orNull(c.before()));
                    co.set("after", Json.orNull(c.after()));
                }
                Json.print(out, o);
            } else {
                out.printf("%d changes of %s%n", changes.size(), ControlEscapingWriter.oneLine(path));
                for (OffsetChange c : changes) {
                    out.printf("  %10d  %s: %s -> %s%n", c.offset(), ControlEscapingWriter.oneLine(c.path()),
                            Json.compact(c.before()), Json.compact(c.after()));
                }
            }
            return Cli.OK;
        });
    }
}
