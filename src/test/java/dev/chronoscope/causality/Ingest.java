package dev.chronoscope.causality;

import dev.chronoscope.event.Event;
import dev.chronoscope.replay.Change;
import dev.chronoscope.store.LogStore;
import java.util.List;
import java.util.Map;

/** Runs events (and optional changes per offset) through a builder into a memory store. */
final class Ingest {
    private Ingest() {}

    static LogStore run(List<Event> events) {
        return run(events, Map.of());
    }

    static LogStore run(List<Event> events, Map<Long, List<Change>> changes) {
        MemoryStore store = new MemoryStore();
        CausalityBuilder builder = new CausalityBuilder(store);
        for (Event e : events) {
            store.append(e);
            builder.accept(e, changes.getOrDefault(e.offset(), List.of()));
        }
        builder.finish();
        return store.commit();
    }
}
