package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.profile.Profile;
import dev.chronoscope.profile.ProfileException;
import dev.chronoscope.profile.Rule;
import dev.chronoscope.query.Filter;
import dev.chronoscope.query.Filters;
import dev.chronoscope.query.QueryException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The projection a profile's {@code rules} describe (formats/profiles.md). Every path, value and
 * {@code when} is compiled when the profile is; per event the projection only picks the rules
 * for the event's type (cached per type, file order kept) and runs their operations: set, add,
 * sub, append, pull, remove. A path or value that finds nothing in an event is a rule miss
 * reported to the writer, never an error. Not thread-safe (one instance per fold).
 */
public final class RuleProjection implements Projection {
    private static final int MAX_CACHED_TYPES = 10_000;
    private static final CompiledRule[] NONE = new CompiledRule[0];

    private final List<CompiledRule> rules;
    private final Map<String, CompiledRule[]> byType = new HashMap<>();

    /** @throws ProfileException naming the rule's line when a path, value or {@code when} is malformed */
    public RuleProjection(Profile profile) throws ProfileException {
        List<CompiledRule> compiled = new ArrayList<>();
        for (Rule rule : profile.rules()) compiled.add(compile(profile, rule));
        this.rules = List.copyOf(compiled);
    }

    @Override
    public void apply(Event event, StateWriter state) {
        CompiledRule[] matching = byType.get(event.type());
        if (matching == null) {
            matching = select(event.type());
            if (byType.size() < MAX_CACHED_TYPES) byType.put(event.type(), matching);
        }
        for (CompiledRule rule : matching) rule.apply(event, state);
    }

    private CompiledRule[] select(String type) {
        List<CompiledRule> out = new ArrayList<>();
        for (CompiledRule r : rules) if (r.appliesToType(type)) out.add(r);
        return out.isEmpty() ? NONE : out.toArray(NONE);
    }

    private static CompiledRule compile(Profile profile, Rule rule) throws ProfileException {
        String source = profile.source() == null ? profile.name() : profile.source();
        String where = source + ":" + rule.line();
        Filter when = null;
        if (rule.when() != null && !rule.when().isBlank()) {
            try {
                when = Filters.parse(rule.when());
            } catch (QueryException e) {
                throw new ProfileException(source, rule.line(), 1, "rule 'when': " + e.getMessage());
            }
        }
        List<RuleOp> ops = new ArrayList<>();
        try {
            addOps(ops, RuleOp.Kind.SET, rule.set(), where);
            addOps(ops, RuleOp.Kind.ADD, rule.add(), where);
            addOps(ops, RuleOp.Kind.SUB, rule.sub(), where);
            addOps(ops, RuleOp.Kind.APPEND, rule.append(), where);
            addOps(ops, RuleOp.Kind.PULL, rule.pull(), where);
            for (String path : rule.remove()) {
                ops.add(new RuleOp(RuleOp.Kind.REMOVE, PathTemplate.compile(path), null, where));
            }
        } catch (IllegalArgumentException e) {
            throw new ProfileException(source, rule.line(), 1, e.getMessage());
        }
        return new CompiledRule(rule.on(), rule.matchesAnyType(), when, List.copyOf(ops));
    }

    private static void addOps(List<RuleOp> ops, RuleOp.Kind kind, Map<String, JsonNode> entries, String where) {
        for (Map.Entry<String, JsonNode> e : entries.entrySet()) {
            ops.add(new RuleOp(kind, PathTemplate.compile(e.getKey()), ValueRef.compile(e.getValue()), where));
        }
    }
}
