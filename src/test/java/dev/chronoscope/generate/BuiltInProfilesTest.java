package dev.chronoscope.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed systems' built-in profiles use only what formats/profiles.md documents, and fit their
 * sample: every rule's type occurs in it, every field a rule reads exists in every event of that
 * type, and each profile's detection types occur in its own sample and in no other seed sample.
 */
class BuiltInProfilesTest {
    private static final List<String> SEEDS = List.of("angzarr-kernel", "aios-observability", "vexfs-semantic", "nitro-p1");
    private static final Set<String> TOP = Set.of("name", "detect", "mapping", "rules");
    private static final Set<String> DETECT = Set.of("anyType", "fields");
    private static final Set<String> MAPPING = Set.of("type", "time", "timeUnit", "id", "lane", "severity",
            "duration", "durationUnit", "links", "chain", "vectorClock");
    private static final Set<String> RULE = Set.of("on", "when", "set", "add", "sub", "append", "pull", "remove");
    private static final Set<String> ENVELOPE = Set.of("$", "$type", "$time", "$lane", "$offset", "$id");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([^}]+)}");

    @ParameterizedTest
    @ValueSource(strings = {"angzarr-kernel", "aios-observability", "vexfs-semantic", "nitro-p1"})
    void usesOnlyDocumentedKeysAndIsListedInTheIndex(String name) throws Exception {
        ObjectNode profile = profile(name);
        assertTrue(index().contains(name), name + " is not in profiles/index.txt");
        assertEquals(name, profile.get("name").asText());
        assertKeys(profile, TOP, name);
        assertKeys(profile.get("detect"), DETECT, name + ".detect");
        assertKeys(profile.get("mapping"), MAPPING, name + ".mapping");
        for (JsonNode link : profile.path("mapping").path("links")) assertKeys(link, Set.of("kind", "ref"), name + ".links");
        assertTrue(profile.get("rules").size() > 5, name + " has too few rules to build state");
        for (JsonNode rule : profile.get("rules")) {
            assertKeys(rule, RULE, name + " rule " + rule);
            assertTrue(rule.has("on"), name + ": rule without on: " + rule);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"angzarr-kernel", "aios-observability", "vexfs-semantic", "nitro-p1"})
    void everyRuleMatchesTheSampleAndReadsFieldsItsEventsHave(String name) throws Exception {
        Map<String, List<ObjectNode>> byType = samplesByType(name);
        ObjectNode profile = profile(name);
        for (JsonNode rule : profile.get("rules")) {
            List<String> on = new ArrayList<>();
            if (rule.get("on").isArray()) rule.get("on").forEach(t -> on.add(t.asText()));
            else on.add(rule.get("on").asText());
            for (String type : on) {
                List<ObjectNode> events = type.equals("*") ? byType.values().stream().flatMap(List::stream).toList()
                        : byType.get(type);
                assertNotNull(events, name + ": no " + type + " in the sample (dead rule)");
                for (String field : fieldsReadBy(rule)) {
                    for (ObjectNode e : events) {
                        assertNotNull(lookup(e, field), name + ": " + type + " lacks " + field + ": " + e);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"angzarr-kernel", "aios-observability", "vexfs-semantic", "nitro-p1"})
    void detectionTypesOccurInTheirOwnSampleOnly(String name) throws Exception {
        for (JsonNode type : profile(name).get("detect").get("anyType")) {
            for (String other : SEEDS) {
                boolean present = samplesByType(other).containsKey(type.asText());
                assertEquals(other.equals(name), present, name + " detects " + type + "; in " + other + ": " + present);
            }
        }
    }

    /** Fields read through ${field} in paths and "$.field" in values. */
    private static Set<String> fieldsReadBy(JsonNode rule) {
        Set<String> fields = new HashSet<>();
        for (String op : List.of("set", "add", "sub", "append", "pull")) {
            Iterator<Map.Entry<String, JsonNode>> it = rule.path(op).fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                fields.addAll(interpolated(e.getKey()));
                String value = e.getValue().isTextual() ? e.getValue().asText() : "";
                if (value.startsWith("$.")) fields.add(value.substring(2));
                else if (value.startsWith("$")) assertTrue(ENVELOPE.contains(value), "unknown reference " + value);
            }
        }
        for (JsonNode path : rule.path("remove")) fields.addAll(interpolated(path.asText()));
        return fields;
    }

    private static List<String> interpolated(String path) {
        List<String> names = new ArrayList<>();
        Matcher m = INTERPOLATION.matcher(path);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    /** A field as rules see it: in the record, else in its tagged body (also under payload). */
    private static JsonNode lookup(ObjectNode record, String dotted) {
        String pointer = "/" + dotted.replace('.', '/');
        JsonNode v = record.at(pointer);
        if (!v.isMissingNode()) return v;
        JsonNode tagged = record.size() == 1 ? record.elements().next() : record.path("payload").elements().hasNext()
                ? record.get("payload").elements().next() : null;
        if (tagged == null) return null;
        v = tagged.at(pointer);
        return v.isMissingNode() ? null : v;
    }

    private static Map<String, List<ObjectNode>> samplesByType(String name) throws Exception {
        Map<String, List<ObjectNode>> byType = new HashMap<>();
        for (ObjectNode record : Logs.read(Logs.SAMPLES.resolve(name + ".jsonl"))) {
            String type = record.has("event_type") ? record.get("event_type").asText()
                    : record.has("payload") ? record.get("payload").fieldNames().next() : Logs.tag(record);
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(record);
        }
        return byType;
    }

    private static void assertKeys(JsonNode node, Set<String> allowed, String where) {
        if (node == null) return;
        assertTrue(node.isObject(), where + " is not an object");
        node.fieldNames().forEachRemaining(k -> assertTrue(allowed.contains(k), where + ": undocumented key " + k));
        assertFalse(node.isEmpty(), where + " is empty");
    }

    private static ObjectNode profile(String name) throws Exception {
        try (InputStream in = BuiltInProfilesTest.class.getResourceAsStream("/profiles/" + name + ".json")) {
            assertNotNull(in, "no resource /profiles/" + name + ".json");
            return (ObjectNode) Logs.JSON.readTree(in);
        }
    }

    private static Set<String> index() throws Exception {
        try (InputStream in = BuiltInProfilesTest.class.getResourceAsStream("/profiles/index.txt")) {
            assertNotNull(in, "no profiles/index.txt");
            return Set.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\s+"));
        }
    }
}
