package dev.chronoscope.profile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the {@code mapping} object of a profile: record paths per envelope field, and units. */
final class MappingReader extends ShapeReader {
    private static final String KEYS =
            "type, time, timeUnit, id, lane, severity, duration, durationUnit, links, chain, vectorClock";
    private static final Set<String> UNITS = Set.of("s", "ms", "us", "ns");

    MappingReader(String source, JsonParser parser) {
        super(source, parser);
    }

    Mapping read() throws IOException, ProfileException {
        expectObject("mapping", "an object of envelope field → record path");
        String type = null, time = null, timeUnit = null, id = null, lane = null, severity = null;
        String duration = null, durationUnit = null, chain = null, vectorClock = null;
        List<Mapping.LinkRule> links = null;
        for (String key = nextKey(); key != null; key = nextKey()) {
            String at = "mapping." + key;
            switch (key) {
                case "type" -> type = recordPath(at);
                case "time" -> time = recordPath(at);
                case "timeUnit" -> timeUnit = unit(at);
                case "id" -> id = recordPath(at);
                case "lane" -> lane = recordPath(at);
                case "severity" -> severity = recordPath(at);
                case "duration" -> duration = recordPath(at);
                case "durationUnit" -> durationUnit = unit(at);
                case "links" -> links = links(at);
                case "chain" -> chain = recordPath(at);
                case "vectorClock" -> vectorClock = recordPath(at);
                default -> throw unknownKey("mapping", key, KEYS);
            }
        }
        return new Mapping(type, time, timeUnit, id, lane, severity, duration, durationUnit, links, chain, vectorClock);
    }

    private String unit(String where) throws IOException, ProfileException {
        String unit = string(where, "one of s, ms, us, ns");
        if (!UNITS.contains(unit)) throw fail(where, "expected one of s, ms, us, ns, found \"" + unit + "\"");
        return unit;
    }

    private List<Mapping.LinkRule> links(String where) throws IOException, ProfileException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw wrongShape(where, "a list of {\"kind\": ..., \"ref\": \"$.path\"}");
        }
        List<Mapping.LinkRule> links = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String at = where + "[" + links.size() + "]";
            expectObject(at, "an object {\"kind\": ..., \"ref\": \"$.path\"}");
            var start = parser.currentTokenLocation();
            String kind = null;
            String ref = null;
            for (String key = nextKey(); key != null; key = nextKey()) {
                switch (key) {
                    case "kind" -> kind = string(at + ".kind", "a link kind such as \"caused-by\"");
                    case "ref" -> ref = recordPath(at + ".ref");
                    default -> throw unknownKey(at, key, "kind, ref");
                }
            }
            if (kind == null || ref == null) {
                throw fail(start, at, "missing \"" + (kind == null ? "kind" : "ref") + "\" (a link needs kind and ref)");
            }
            links.add(new Mapping.LinkRule(kind, ref));
        }
        return links;
    }
}
