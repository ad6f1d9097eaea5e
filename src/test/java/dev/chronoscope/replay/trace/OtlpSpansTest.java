package dev.chronoscope.replay.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chronoscope.event.Event;
import dev.chronoscope.ingest.OtlpFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** otlp-spans over the OTLP reader's sorted output: open spans and errors at each offset. */
class OtlpSpansTest {

    private static final String T = "5b8efff798038103d269b633813fc60c";

    @TempDir Path dir;

    @Test
    void spansAreOpenBetweenTheirStartAndEndAndErrorsShowFromTheEnd() throws Exception {
        String line = "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[%s]}]}]}";
        String child = "{\"traceId\":\"" + T + "\",\"spanId\":\"eee19b7ec3c1b174\",\"parentSpanId\":\"eee19b7ec3c1b173\","
                + "\"name\":\"SELECT\",\"startTimeUnixNano\":\"100\",\"endTimeUnixNano\":\"200\",\"status\":{\"code\":2,\"message\":\"timeout\"}}";
        String parent = "{\"traceId\":\"" + T + "\",\"spanId\":\"eee19b7ec3c1b173\",\"name\":\"GET /cart\","
                + "\"startTimeUnixNano\":\"0\",\"endTimeUnixNano\":\"300\"}";
        List<Event> events = TraceEvents.read(new OtlpFormat(), dir, "t.jsonl",
                String.format(line, child) + "\n" + String.format(line, parent) + "\n");

        MapStateWriter state = new MapStateWriter();
        var projection = new OtlpSpansProvider().create();
        String open = "traces/" + T + "/open/";
        String errors = "traces/" + T + "/errors/";

        projection.apply(events.get(0), state);
        assertEquals(Map.of(open + "eee19b7ec3c1b173", "\"GET /cart\""), state.under("traces/"));
        projection.apply(events.get(1), state);
        assertEquals(Map.of(open + "eee19b7ec3c1b173", "\"GET /cart\"", open + "eee19b7ec3c1b174", "\"SELECT\""),
                state.under("traces/"));
        projection.apply(events.get(2), state);
        assertEquals(Map.of(open + "eee19b7ec3c1b173", "\"GET /cart\"", errors + "eee19b7ec3c1b174", "\"timeout\""),
                state.under("traces/"));
        projection.apply(events.get(3), state);
        assertEquals(Map.of(errors + "eee19b7ec3c1b174", "\"timeout\""), state.under("traces/"));
        assertEquals(4, events.size());
    }
}
