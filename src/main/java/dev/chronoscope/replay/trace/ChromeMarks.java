package dev.chronoscope.replay.trace;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.replay.Projection;
import dev.chronoscope.replay.StateWriter;

/**
 * Mark ('R') events, the navigation and user timing marks (navigationStart,
 * firstContentfulPaint, {@code performance.mark}): milestones a process reaches, so the state is
 * which ones it has reached by the cursor and when, {@code marks/<pid>/<name>} = the {@code ts} of
 * the latest mark of that name (a later navigation moves it). Sample ('P') events get no state:
 * each is one observation of its thread, already an event on that thread's lane, and keeping the
 * last one would show it as current long after it was taken. Stateless.
 */
final class ChromeMarks implements Projection {

    @Override
    public void apply(Event event, StateWriter state) {
        JsonNode record = event.record();
        if (record == null || !"R".equals(TracePaths.text(record.get("ph")))) return;
        state.set("marks/" + TracePaths.segment(record.get("pid")) + "/" + TracePaths.segment(record.get("name")), record.get("ts"));
    }
}
