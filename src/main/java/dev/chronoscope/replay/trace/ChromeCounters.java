package dev.chronoscope.replay.trace;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.replay.Projection;
import dev.chronoscope.replay.StateWriter;
import java.util.Iterator;
import java.util.Map;

/**
 * Counter ('C') events: each key of {@code args} is a series whose latest value is
 * {@code counters/<pid>/<name>/<series>}. A counter with an {@code id} is named {@code name[id]},
 * as Chrome's viewer shows it. Series an event leaves out keep their last value (writers may
 * update one series at a time). Stateless: everything it needs is in the event.
 */
final class ChromeCounters implements Projection {

    @Override
    public void apply(Event event, StateWriter state) {
        JsonNode record = event.record();
        if (record == null || !"C".equals(TracePaths.text(record.get("ph")))) return;
        JsonNode args = record.get("args");
        if (args == null || !args.isObject()) return;
        String name = TracePaths.text(record.get("name"));
        JsonNode id = record.get("id");
        if (id != null && !id.isNull()) name = name + "[" + id.asText() + "]";
        String prefix = "counters/" + TracePaths.segment(record.get("pid")) + "/" + TracePaths.segment(name) + "/";
        for (Iterator<Map.Entry<String, JsonNode>> it = args.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> series = it.next();
            if (series.getValue().isContainerNode()) continue;
            state.set(prefix + TracePaths.segment(series.getKey()), series.getValue());
        }
    }
}
