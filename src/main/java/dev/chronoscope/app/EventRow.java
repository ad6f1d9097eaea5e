package dev.chronoscope.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Event;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * One row of the events table; {@code event} is null while its page is still loading.
 *
 * @param placedTime where a time axis draws an event that has no time of its own (the time of the
 *                   nearest earlier event with one), so that the table says it too; else
 *                   {@link Event#NO_TIME}
 */
record EventRow(long offset, Event event, long placedTime) {
    EventRow(long offset, Event event) {
        this(offset, event, Event.NO_TIME);
    }

    private static final int MAX = 160;
    /** Fields the other columns already show, whatever the log calls them. */
    private static final Set<String> SHOWN = Set.of("ts", "time", "timestamp", "timestamp_ns", "@timestamp",
            "time_unix_nano", "type", "event_type", "eventType", "severity", "level");

    /** The body as {@code key=value} pairs, leaving out what the offset, time, lane and type columns show. */
    String summary() {
        if (event == null) return "…";
        JsonNode body = event.body();
        if (body == null || !body.isObject()) return body == null ? "" : clip(body.toString());
        StringBuilder s = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext() && s.length() < MAX; ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (shownElsewhere(f.getKey(), f.getValue())) continue;
            if (s.length() > 0) s.append("  ");
            s.append(f.getKey()).append('=').append(JsonText.of(f.getValue()));
        }
        return clip(s.toString());
    }

    private boolean shownElsewhere(String key, JsonNode value) {
        if (SHOWN.contains(key)) return true;
        String text = value.isValueNode() ? value.asText() : null;
        return text != null && ((key.equals("id") && text.equals(event.id())) || text.equals(event.lane()) && !text.isEmpty());
    }

    private static String clip(String s) {
        return s.length() > MAX ? s.substring(0, MAX - 1) + "…" : s;
    }
}
