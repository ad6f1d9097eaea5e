package dev.chronoscope.replay.trace;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.replay.Projection;
import dev.chronoscope.replay.StateWriter;

/**
 * The live objects of Chrome's object events, {@code objects/<pid>/<name>/<id>} (name is the
 * object's type, ids are process-local): 'N' (created) sets {@code created} = its {@code ts};
 * 'O' (snapshot) sets {@code snapshot} = {@code args.snapshot} (all of {@code args} when a writer
 * leaves that key out) and {@code snapshotTs} = its {@code ts}, so the object shows its latest
 * snapshot, and a snapshot with no 'N' before it brings the object to life as Chrome's viewer
 * does; 'D' (destroyed) removes the object. Times are the records' {@code ts}, in microseconds.
 * Stateless.
 */
final class ChromeObjects implements Projection {

    @Override
    public void apply(Event event, StateWriter state) {
        JsonNode record = event.record();
        if (record == null) return;
        String phase = TracePaths.text(record.get("ph"));
        if (!phase.equals("N") && !phase.equals("O") && !phase.equals("D")) return;
        String path = "objects/" + TracePaths.segment(record.get("pid")) + "/" + TracePaths.segment(record.get("name"))
                + "/" + TracePaths.segment(TracePaths.id(record));
        switch (phase) {
            case "N" -> state.set(path + "/created", record.get("ts"));
            case "O" -> {
                JsonNode args = record.get("args");
                JsonNode snapshot = args == null || !args.has("snapshot") ? args : args.get("snapshot");
                if (snapshot != null) state.set(path + "/snapshot", snapshot);
                state.set(path + "/snapshotTs", record.get("ts"));
            }
            default -> state.remove(path);
        }
    }
}
