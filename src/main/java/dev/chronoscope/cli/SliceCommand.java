package dev.chronoscope.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.engine.LogSession;
import dev.chronoscope.event.Event;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code causes} and {@code effects}: the causal slice of one event, nearest first. */
abstract class SliceCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin LogOptions log;
    @Spec CommandSpec spec;

    @Option(names = "--event", required = true, paramLabel = "K", description = "Offset of the event.") long event;
    @Option(names = "--depth", paramLabel = "D", description = "Follow at most D edges (default: the whole transitive slice).") Integer depth;

    abstract long[] slice(LogSession session, long k, int depth);

    abstract String noun();

    @Override
    public Integer call() {
        return log.run(spec, (session, out) -> {
            Offsets.check(session, "--event", event, false);
            if (depth != null && depth < 1) throw new UnusableException("--depth must be at least 1, was " + depth);
            long[] offsets = slice(session, event, depth == null ? 0 : depth);
            if (log.json) {
                ObjectNode o = Json.object();
                o.put("event", event);
                ArrayNode list = o.putArray("offsets");
                for (long k : offsets) list.add(k);
                Json.print(out, o);
            } else {
                out.printf("%d %s of event %d%n", offsets.length, noun(), event);
                for (long k : offsets) {
                    Event e = session.event(k);
                    out.printf("  %10d  %-12s  %s%n", k, ControlEscapingWriter.oneLine(e.lane()), ControlEscapingWriter.oneLine(e.type()));
                }
            }
            return Cli.OK;
        });
    }
}
