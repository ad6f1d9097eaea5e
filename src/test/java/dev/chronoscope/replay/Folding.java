package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.profile.ProfileException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** A plain in-memory fold of a test profile: the final leaves, each event's changes, the misses. */
final class Folding {
    final List<List<Change>> changes = new ArrayList<>();
    final RecordingWriter writer = new RecordingWriter();
    private final RuleProjection rules;

    Folding(String profileJson) throws ProfileException {
        this.rules = new RuleProjection(TestData.profile(profileJson));
    }

    static Folding of(String profileJson, Event... events) throws ProfileException {
        Folding f = new Folding(profileJson);
        for (Event e : events) f.accept(e);
        return f;
    }

    List<Change> accept(Event e) {
        rules.apply(e, writer);
        List<Change> c = writer.finishEvent();
        changes.add(c);
        return c;
    }

    JsonNode get(String path) {
        return writer.get(path);
    }

    /** A copy of the current leaves. */
    TreeMap<String, JsonNode> leaves() {
        return writer.leaves();
    }

    long misses() {
        return writer.misses();
    }
}
