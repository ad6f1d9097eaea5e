package dev.chronoscope.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.causality.Finding;
import dev.chronoscope.engine.IngestError;
import dev.chronoscope.engine.LogSession;
import dev.chronoscope.engine.LogSummary;
import dev.chronoscope.event.Event;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "info", description = "What the log holds: format, profile, counts, lanes, types, errors, findings.")
final class InfoCommand implements Callable<Integer> {
    @Mixin LogOptions log;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        return log.run(spec, (session, out) -> {
            LogSummary s = session.summary();
            List<Finding> findings = session.causality().findings();
            if (log.json) Json.print(out, withLaneLabels(toJson(s, findings), session));
            else printText(out, s, findings);
            return Cli.OK;
        });
    }

    /** Lane names the log declares apart from its events (Chrome metadata), keyed by lane. */
    private static ObjectNode withLaneLabels(ObjectNode o, LogSession session) {
        ObjectNode labels = o.putObject("laneLabels");
        List<String> lanes = session.lanes();
        for (int i : session.laneOrder()) labels.put(lanes.get(i), session.laneLabels().get(i));
        return o;
    }

    private static ObjectNode toJson(LogSummary s, List<Finding> findings) {
        ObjectNode o = Json.object();
        o.put("format", s.format());
        o.put("profile", s.profile());
        o.put("records", s.records());
        o.put("events", s.events());
        o.put("errors", s.errors());
        ArrayNode lanes = o.putArray("lanes");
        s.lanes().forEach(lanes::add);
        ObjectNode types = o.putObject("types");
        for (Map.Entry<String, Long> t : s.types().entrySet()) types.put(t.getKey(), t.getValue());
        Json.putTime(o, "firstTime", s.events() > 0 ? s.firstTime() : Event.NO_TIME);
        Json.putTime(o, "lastTime", s.events() > 0 ? s.lastTime() : Event.NO_TIME);
        o.put("edges", s.edges());
        o.put("danglingLinks", s.danglingLinks());
        o.put("ruleMisses", s.ruleMisses());
        o.put("cache", s.cache());
        // Not "sortedByTime": a log already in time order was not sorted; these events were put in order.
        o.put("reorderedByTime", s.sortedByTime());
        ArrayNode errors = o.putArray("errorSamples");
        for (IngestError e : s.errorSamples()) {
            errors.addObject().put("file", e.file()).put(e.positionKind().toLowerCase(), e.position())
                    .put("reason", e.reason());
        }
        ArrayNode warnings = o.putArray("warnings");
        s.warnings().forEach(warnings::add);
        ArrayNode found = o.putArray("findings");
        for (Finding f : findings) {
            ObjectNode fo = found.addObject().put("kind", f.kind()).put("offset", f.offset()).put("summary", f.summary());
            ArrayNode subjects = fo.putArray("subjects");
            f.subjects().forEach(subjects::add);
            ArrayNode offsets = fo.putArray("offsets");
            f.offsets().forEach(offsets::add);
        }
        o.put("storeBytes", s.storeBytes());
        o.put("logBytes", s.logBytes());
        return o;
    }

    private static void printText(PrintWriter out, LogSummary s, List<Finding> findings) {
        out.printf("log:         %s%n", ControlEscapingWriter.oneLine(s.log()));
        out.printf("format:      %s%s%n", s.format(), s.sortedByTime() ? " (events sorted by start time)" : "");
        out.printf("profile:     %s%n", s.profile());
        out.printf("records:     %,d%n", s.records());
        out.printf("events:      %,d%n", s.events());
        out.printf("errors:      %,d%n", s.errors());
        for (IngestError e : s.errorSamples().subList(0, Math.min(20, s.errorSamples().size()))) out.printf("  %s%n", ControlEscapingWriter.oneLine(e));
        if (s.errorSamples().size() > 20) out.printf("  ... and %,d more%n", s.errors() - 20);
        if (s.events() > 0) out.printf("time:        %s .. %s%n", Times.format(s.firstTime()), Times.format(s.lastTime()));
        out.printf("lanes:       %d %s%n", s.lanes().size(), ControlEscapingWriter.oneLine(Times.abbreviate(shownLanes(s.lanes()), 12)));
        out.printf("types:       %d%n", s.types().size());
        s.types().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(25)
                .forEach(t -> out.printf("  %-36s %,d%n", ControlEscapingWriter.oneLine(t.getKey()), t.getValue()));
        if (s.types().size() > 25) out.printf("  ... and %,d more types%n", s.types().size() - 25);
        out.printf("edges:       %,d (%,d dangling links)%n", s.edges(), s.danglingLinks());
        out.printf("rule misses: %,d%n", s.ruleMisses());
        for (String w : s.warnings()) out.printf("warning:     %s%n", ControlEscapingWriter.oneLine(w));
        for (Finding f : findings) out.printf("finding:     %s at offset %d: %s%n", f.kind(), f.offset(), ControlEscapingWriter.oneLine(f.summary()));
        out.printf("cache:       %s (%,d bytes for a %,d-byte log)%n", s.cache(), s.storeBytes(), s.logBytes());
    }

    /** Events without a lane share the lane "", which a list would print as nothing: named as the app names it. */
    private static List<String> shownLanes(List<String> lanes) {
        return lanes.stream().map(l -> l.isEmpty() ? "(no lane)" : l).toList();
    }
}
