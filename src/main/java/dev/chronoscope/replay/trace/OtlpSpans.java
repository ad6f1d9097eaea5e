package dev.chronoscope.replay.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.replay.Projection;
import dev.chronoscope.replay.StateWriter;

/**
 * Per trace, the spans open at the cursor, {@code traces/<traceId>/open/<spanId>} = span name,
 * and the spans that ended with an error status, {@code traces/<traceId>/errors/<spanId>} =
 * status message (or the span name when it has none). A span opens at its event and closes at the
 * synthetic {@code span.end} event the OTLP reader emits (record field {@code closes}); its error
 * shows from its end, when the status is known, or from its start for a span that never ends.
 * Stateless.
 */
final class OtlpSpans implements Projection {

    @Override
    public void apply(Event event, StateWriter state) {
        JsonNode record = event.record();
        if (record == null) return;
        JsonNode spanId = record.get("spanId");
        JsonNode traceId = record.get("traceId");
        if (spanId == null || traceId == null) return;
        String trace = "traces/" + TracePaths.segment(traceId) + "/";
        String span = TracePaths.segment(spanId);
        boolean end = record.has("closes");
        if (end) {
            state.remove(trace + "open/" + span);
        } else {
            state.set(trace + "open/" + span, TextNode.valueOf(TracePaths.text(record.get("name"))));
        }
        if ((end || !event.hasDuration()) && record.path("status").path("code").asInt() == 2) {
            String message = record.path("status").path("message").asText("");
            state.set(trace + "errors/" + span, TextNode.valueOf(message.isEmpty() ? TracePaths.text(record.get("name")) : message));
        }
    }
}
