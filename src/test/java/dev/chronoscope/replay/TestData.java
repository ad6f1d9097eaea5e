package dev.chronoscope.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.Severity;
import dev.chronoscope.profile.Profile;
import dev.chronoscope.profile.Rule;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Events and profiles written as JSON text, for replay tests. */
public final class TestData {
    static final ObjectMapper JSON = new ObjectMapper();

    private TestData() {}

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An event whose record is the given object (single quotes allowed for readability). */
    public static Event event(long offset, String type, String lane, String record) {
        ObjectNode r = (ObjectNode) json(record.replace('\'', '"'));
        return new Event(offset, 1_000L * offset, type, lane, Severity.INFO, "e" + offset, Event.NO_DURATION,
                null, List.of(), null, r, r, offset + 1);
    }

    /** An externally tagged event: the record is {type: inner}, the body is inner. */
    public static Event tagged(long offset, String type, String inner) {
        ObjectNode body = (ObjectNode) json(inner.replace('\'', '"'));
        ObjectNode record = JSON.createObjectNode();
        record.set(type, body);
        return new Event(offset, 1_000L * offset, type, "", Severity.INFO, null, Event.NO_DURATION,
                null, List.of(), null, record, body, offset + 1);
    }

    /** A profile from {"rules":[...], "projections":[...]}; rule i gets line i + 1. */
    public static Profile profile(String text) {
        JsonNode root = json(text);
        List<Rule> rules = new ArrayList<>();
        int line = 1;
        for (JsonNode r : root.path("rules")) rules.add(rule(r, line++));
        List<String> projections = new ArrayList<>();
        for (JsonNode p : root.path("projections")) projections.add(p.asText());
        return new Profile(root.path("name").asText("test"), "test.json", null, null, rules, projections);
    }

    private static Rule rule(JsonNode r, int line) {
        List<String> on = new ArrayList<>();
        JsonNode onNode = r.path("on");
        if (onNode.isArray()) onNode.forEach(t -> on.add(t.asText()));
        else if (onNode.isTextual()) on.add(onNode.asText());
        List<String> remove = new ArrayList<>();
        r.path("remove").forEach(p -> remove.add(p.asText()));
        String when = r.hasNonNull("when") ? r.get("when").asText() : null;
        return new Rule(on.isEmpty() ? null : on, when, ops(r, "set"), ops(r, "add"), ops(r, "sub"),
                ops(r, "append"), ops(r, "pull"), remove, line);
    }

    private static Map<String, JsonNode> ops(JsonNode rule, String name) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = rule.path(name).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }
}
