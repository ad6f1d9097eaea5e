package dev.chronoscope.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One fold rule. Operations apply in this order: set, add, sub, append, pull, remove. Map keys are
 * state paths with {@code ${field}} interpolation; values are JSON literals or {@code "$.path"} /
 * {@code "$type"}-style references, kept as written here and evaluated by replay.
 *
 * @param on   type names, or {@code ["*"]} for every event
 * @param when a filter expression (query.md) or null
 * @param line the rule's line in its file, for messages
 */
public record Rule(List<String> on, String when,
                   Map<String, JsonNode> set, Map<String, JsonNode> add, Map<String, JsonNode> sub,
                   Map<String, JsonNode> append, Map<String, JsonNode> pull, List<String> remove,
                   int line) {

    public Rule {
        on = on == null ? List.of("*") : List.copyOf(on);
        set = set == null ? Map.of() : set;
        add = add == null ? Map.of() : add;
        sub = sub == null ? Map.of() : sub;
        append = append == null ? Map.of() : append;
        pull = pull == null ? Map.of() : pull;
        remove = remove == null ? List.of() : List.copyOf(remove);
    }

    public boolean matchesAnyType() {
        return on.contains("*");
    }
}
