package dev.chronoscope.profile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.FieldPath;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores candidate profiles against a log's first records. A profile matches when every criterion
 * its {@code detect} names holds: {@code anyType} — one of the names is the type of some record
 * (typed the way that profile's mapping says); {@code fields} — some record has all the fields
 * (looked up in the record, then in its tagged body). Among matches the most specific wins: more
 * criteria first, then more named fields; the first candidate wins a tie. Profiles with an empty {@code detect} never match.
 */
final class Detector {
    private Detector() {}

    static Profile best(List<ObjectNode> records, List<Profile> candidates) {
        Profile best = null;
        long bestScore = Long.MIN_VALUE;
        for (Profile candidate : candidates) {
            Detect d = candidate.detect();
            if (d.isEmpty() || !matches(d, candidate.mapping(), records)) continue;
            long score = score(d);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static long score(Detect d) {
        int criteria = (d.anyType().isEmpty() ? 0 : 1) + (d.fields().isEmpty() ? 0 : 1);
        return criteria * 1_000_000L + d.fields().size();
    }

    private static boolean matches(Detect d, Mapping mapping, List<ObjectNode> records) {
        TypeResolver types = new TypeResolver(mapping);
        if (!d.anyType().isEmpty() && !anyTypeAppears(d.anyType(), types, records)) return false;
        return d.fields().isEmpty() || someRecordHasAll(d.fields(), types, records);
    }

    private static boolean anyTypeAppears(List<String> wanted, TypeResolver types, List<ObjectNode> records) {
        Set<String> names = new HashSet<>(wanted);
        for (ObjectNode r : records) {
            if (names.contains(types.type(r))) return true;
        }
        return false;
    }

    private static boolean someRecordHasAll(List<String> fields, TypeResolver types, List<ObjectNode> records) {
        List<FieldPath> paths = fields.stream().map(FieldPath::of).toList();
        for (ObjectNode r : records) {
            ObjectNode body = types.resolve(r).body();
            boolean all = true;
            for (FieldPath p : paths) {
                if (p.resolve(r) == null && (body == r || p.resolve(body) == null)) {
                    all = false;
                    break;
                }
            }
            if (all) return true;
        }
        return false;
    }
}
