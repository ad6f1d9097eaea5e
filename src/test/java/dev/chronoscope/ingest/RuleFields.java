package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.profile.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** For profile tests: which record fields a rule reads, so typos in built-in profiles fail a test. */
public final class RuleFields {
    private RuleFields() {}

    /** The top-level record fields a rule interpolates into paths ({@code ${a.b}}) or reads as values ({@code $.a}). */
    public static List<String> read(Rule r) {
        List<String> fields = new ArrayList<>();
        List<String> paths = new ArrayList<>(r.remove());
        List<JsonNode> values = new ArrayList<>();
        for (Map<String, JsonNode> op : List.of(r.set(), r.add(), r.sub(), r.append(), r.pull())) {
            paths.addAll(op.keySet());
            values.addAll(op.values());
        }
        Matcher m = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)").matcher(String.join(" ", paths));
        while (m.find()) fields.add(m.group(1));
        for (JsonNode v : values) {
            if (v.isTextual() && v.textValue().startsWith("$.")) fields.add(v.textValue().substring(2).split("\\.")[0]);
        }
        return fields;
    }
}
