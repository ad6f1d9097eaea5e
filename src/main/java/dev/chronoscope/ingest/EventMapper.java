package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.FieldPath;
import dev.chronoscope.event.Link;
import dev.chronoscope.event.NumberStrings;
import dev.chronoscope.event.Severity;
import dev.chronoscope.event.VectorClock;
import dev.chronoscope.profile.CommonNames;
import dev.chronoscope.profile.Mapping;
import dev.chronoscope.profile.TypeResolver;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one record into an {@link Event} (offset unassigned) the way a profile's {@link Mapping}
 * says, guessing every field it leaves unmapped from the common names of formats/profiles.md.
 *
 * <p>Guessing walks the record's keys once and looks each up in a table of common names (instead
 * of probing every common name per field), then does the same in the tagged body for whatever the
 * record itself lacked. Mapped paths are parsed once, here. A numeric time whose unit nothing
 * states is judged by magnitude (formats/profiles.md): when the log's first non-zero time is an
 * epoch time, every time is judged on its own, so that a log mixing seconds and milliseconds stays
 * in order; when it is not, the log's times are relative and all read as ns, so that a relative
 * time that grows past a second is never mistaken for an epoch time.
 *
 * <p>Not thread-safe (scratch arrays, the guessed unit): one mapper per reader.
 */
public final class EventMapper {
    private static final int TIME = 0, ID = 1, LANE = 2, SEVERITY = 3, DURATION = 4, CHAIN = 5, CLOCK = 6, LINK = 7;
    private static final int KINDS = 8;
    private static final String[] LABELS = {"time", "id", "lane", "severity", "duration", "chain", "vector clock"};
    /** Common name → kind * 64 + rank; among names of one kind the lower rank wins. */
    private static final Map<String, Integer> GUESSES = guesses();

    private final TypeResolver types;
    private final FieldPath mappedType;
    private final String mappedTypeName;
    private long wrongShapeTypes;
    private long firstWrongShapeTypeLine;
    private final FieldPath[] mapped = new FieldPath[KINDS];
    private final String[] mappedNames = new String[KINDS];
    private final List<Mapping.LinkRule> linkRules;
    private final FieldPath[] linkPaths;
    private final long timeFactor;
    private final long durationFactor;
    private final int mappedMask;
    private final Map<String, Severity> severityCache = new HashMap<>();
    private long epochFactor;
    private boolean epochTimes;
    private long unreadableTimes;
    private long firstUnreadableTimeLine;
    /** Per kind: values of the wrong JSON shape (a lane that is an object), the first one's line and name. */
    private final long[] wrongShapes = new long[LINK];
    private final long[] firstWrongShapeLine = new long[LINK];
    private final String[] firstWrongShapeName = new String[LINK];
    private long outOfRangeTimes;
    private long firstOutOfRangeLine;
    private long lineBeingMapped;

    private final JsonNode[] found = new JsonNode[KINDS];
    private final String[] foundName = new String[KINDS];
    private final int[] foundRank = new int[KINDS];
    private final NumberStrings laneTexts = new NumberStrings(9);

    public EventMapper(Mapping mapping) {
        this.types = new TypeResolver(mapping);
        this.mappedType = mapping.type() == null ? null : FieldPath.of(mapping.type());
        this.mappedTypeName = mapping.type();
        String[] paths = {mapping.time(), mapping.id(), mapping.lane(), mapping.severity(), mapping.duration(),
                mapping.chain(), mapping.vectorClock()};
        int mask = 0;
        for (int k = 0; k < paths.length; k++) {
            if (paths[k] != null) {
                mapped[k] = FieldPath.of(paths[k]);
                mappedNames[k] = paths[k];
                mask |= 1 << k;
            }
        }
        this.linkRules = mapping.links();
        this.linkPaths = linkRules == null ? null : linkRules.stream().map(r -> FieldPath.of(r.ref())).toArray(FieldPath[]::new);
        if (linkRules != null) mask |= 1 << LINK;
        this.mappedMask = mask;
        this.timeFactor = TimeValues.factor(mapping.timeUnit());
        this.durationFactor = TimeValues.factor(mapping.durationUnit());
    }

    /** Records whose time field held text that is neither a number nor an ISO-8601 time. */
    public long unreadableTimes() {
        return unreadableTimes;
    }

    /** Numeric times too large for their unit (stated, or the relative-time ns); none are epoch times. */
    public long outOfRangeTimes() {
        return outOfRangeTimes;
    }

    public long firstOutOfRangeLine() {
        return firstOutOfRangeLine;
    }

    public long firstUnreadableTimeLine() {
        return firstUnreadableTimeLine;
    }

    /**
     * One line per field that held values of the wrong shape, e.g. {@code 2 records have a lane
     * ($.source) that is an object or array, not one value; they have no lane (first at line 13)}.
     * Such a value is dropped and the record kept; without this the drop would go unseen.
     */
    public List<String> wrongShapeWarnings() {
        List<String> warnings = new ArrayList<>();
        if (wrongShapeTypes > 0) {
            warnings.add(wrongShapeTypes + " records have a type (" + mappedTypeName + ") that is an object or array,"
                    + " not one value; they have no type (first at line " + firstWrongShapeTypeLine + ")");
        }
        for (int k = 0; k < LINK; k++) {
            if (wrongShapes[k] == 0) continue;
            String what = k == CLOCK
                    ? "that is not an object of whole-number counters; what is not a whole number is left out"
                    : "that is an object or array, not one value; they have no " + LABELS[k];
            warnings.add(wrongShapes[k] + " records have a " + LABELS[k] + " (" + firstWrongShapeName[k] + ") " + what
                    + " (first at line " + firstWrongShapeLine[k] + ")");
        }
        return warnings;
    }

    public Event map(ObjectNode record, long line) {
        this.lineBeingMapped = line;
        TypeResolver.Typed typed = types.resolve(record);
        ObjectNode body = typed.body();
        if (typed.type() == null && mappedType != null) {
            JsonNode type = mappedType.resolve(record);
            if (type != null && type.isContainerNode() && wrongShapeTypes++ == 0) firstWrongShapeTypeLine = line;
        }
        Arrays.fill(found, null);
        List<Link> links = null;
        if (mappedMask != (1 << KINDS) - 1) {
            links = scan(record, mappedMask, links);
            if (body != record) links = scan(body, mappedMask | foundMask(), links);
        }
        for (int k = 0; k < LINK; k++) {
            if (mapped[k] != null) {
                found[k] = resolve(mapped[k], record, body);
                foundName[k] = mappedNames[k];
                // guessed fields of the wrong shape are never found (see fits); mapped ones are
                if (k != TIME && k != CLOCK && found[k] != null && found[k].isContainerNode()) wrongShape(k);
            }
        }
        if (linkRules != null) links = mappedLinks(record, body);
        return new Event(Event.UNASSIGNED, time(found[TIME], foundName[TIME]), typed.type(), lane(found[LANE]),
                severity(found[SEVERITY]), text(found[ID]), duration(found[DURATION], foundName[DURATION]),
                text(found[CHAIN]), links == null ? List.of() : links, clock(found[CLOCK]), record, body, line);
    }

    private void wrongShape(int kind) {
        if (wrongShapes[kind]++ == 0) {
            firstWrongShapeLine[kind] = lineBeingMapped;
            firstWrongShapeName[kind] = foundName[kind];
        }
    }

    private int foundMask() {
        int mask = 0;
        for (int k = 0; k < KINDS; k++) if (found[k] != null) mask |= 1 << k;
        return mask;
    }

    private List<Link> scan(ObjectNode node, int skip, List<Link> links) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Integer code = GUESSES.get(e.getKey());
            if (code == null) continue;
            int kind = code >> 6;
            int rank = code & 63;
            JsonNode v = e.getValue();
            // "" says as little as null: the next name in the list may still say something
            if ((skip & (1 << kind)) != 0 || v.isNull() || isEmptyText(v) || !fits(kind, v)) continue;
            if (kind == LINK) {
                links = addLinks(links, e.getKey(), v);
            } else if (found[kind] == null || rank < foundRank[kind]) {
                found[kind] = v;
                foundRank[kind] = rank;
                foundName[kind] = e.getKey();
            }
        }
        return links;
    }

    private static boolean isEmptyText(JsonNode v) {
        return v.isTextual() && v.textValue().isEmpty();
    }

    /** Clocks are objects, links scalars or lists of them, everything else a scalar. */
    private static boolean fits(int kind, JsonNode v) {
        return switch (kind) {
            case CLOCK -> v.isObject();
            case LINK -> !v.isObject();
            default -> !v.isContainerNode();
        };
    }

    private List<Link> mappedLinks(ObjectNode record, ObjectNode body) {
        List<Link> links = null;
        for (int i = 0; i < linkPaths.length; i++) {
            JsonNode v = resolve(linkPaths[i], record, body);
            if (v != null) links = addLinks(links, linkRules.get(i).kind(), v);
        }
        return links;
    }

    /** One link per id: a scalar, or each scalar of an array. */
    private static List<Link> addLinks(List<Link> links, String kind, JsonNode v) {
        if (v.isArray()) {
            for (JsonNode item : v) links = addLinks(links, kind, item);
            return links;
        }
        String ref = text(v);
        if (ref == null) return links;
        if (links == null) links = new ArrayList<>(2);
        links.add(new Link(kind, ref));
        return links;
    }

    private static JsonNode resolve(FieldPath path, ObjectNode record, ObjectNode body) {
        JsonNode v = path.resolve(record);
        if (v == null && body != record) v = path.resolve(body);
        return v == null || v.isNull() ? null : v;
    }

    private long time(JsonNode v, String name) {
        if (v == null) return Event.NO_TIME;
        if (v.isNumber()) return numericTime(v.isIntegralNumber() && v.canConvertToLong(), v.longValue(), v.doubleValue(), null, name);
        if (v.isTextual()) {
            String s = v.textValue();
            if (Numbers.looksNumeric(s)) {
                long asLong = Numbers.parseLong(s);
                if (asLong != Numbers.NOT_A_LONG) return numericTime(true, asLong, asLong, null, name);
                return numericTime(false, 0, Double.parseDouble(s), s, name);
            }
            long parsed = TimeValues.parseIso(s);
            if (parsed != TimeValues.NONE) return parsed;
        }
        if (unreadableTimes++ == 0) firstUnreadableTimeLine = lineBeingMapped;
        return Event.NO_TIME;
    }

    /** {@code decimalText}: the number as the log wrote it in quotes, when it did; else null. */
    private long numericTime(boolean integral, long asLong, double asDouble, String decimalText, String name) {
        if (!integral && !Double.isFinite(asDouble)) return outOfRange();
        long factor = timeFactor != 0 ? timeFactor : TimeValues.suffixFactor(name);
        if (factor == 0) {
            if (asDouble == 0) return 0;
            if (epochFactor == 0) {
                long guessed = TimeValues.epochFactor(asDouble);
                epochTimes = guessed != 0;
                epochFactor = epochTimes ? guessed : 1;
            }
            long own = epochTimes ? TimeValues.epochFactor(asDouble) : 0;
            factor = own != 0 ? own : epochFactor;
        }
        if (!integral) {
            double scaled = asDouble * factor;
            if (!(Math.abs(scaled) < 9.2e18)) return outOfRange();
            if (Math.abs(scaled) < 0x1p53) return Math.round(scaled);
            // Past 2^53 ns a double product rounds to a multiple of up to 1024 ns: 1704164645.25 s
            // became ...249999872 ns. Scaling the decimal the log wrote (in quotes, or else the
            // shortest one that reads back as this double) gives the time exactly; only fractional
            // epoch times pay for it.
            BigDecimal written = decimalText != null ? new BigDecimal(decimalText.strip()) : BigDecimal.valueOf(asDouble);
            return written.multiply(BigDecimal.valueOf(factor)).setScale(0, RoundingMode.HALF_EVEN).longValue();
        }
        long high = Math.multiplyHigh(asLong, factor);
        long product = asLong * factor;
        if ((high != 0 || product < 0) && (high != -1 || product >= 0)) return outOfRange();
        // The one long that is no time: it is the NO_TIME sentinel, and would silently read as none.
        return product == Event.NO_TIME ? outOfRange() : product;
    }

    private long outOfRange() {
        if (outOfRangeTimes++ == 0) firstOutOfRangeLine = lineBeingMapped;
        return Event.NO_TIME;
    }

    private long duration(JsonNode v, String name) {
        if (v == null) return Event.NO_DURATION;
        double value;
        if (v.isNumber()) {
            value = v.doubleValue();
        } else if (v.isTextual() && Numbers.looksNumeric(v.textValue())) {
            value = Double.parseDouble(v.textValue());
        } else {
            return Event.NO_DURATION;
        }
        long factor = durationFactor != 0 ? durationFactor : TimeValues.suffixFactor(name);
        if (factor == 0) factor = 1;
        if (value < 0 || !Double.isFinite(value)) return Event.NO_DURATION;
        if (v.isIntegralNumber() && v.canConvertToLong() && v.longValue() <= Long.MAX_VALUE / factor) {
            return v.longValue() * factor;
        }
        return TimeValues.scale(value, factor);
    }

    private Severity severity(JsonNode v) {
        if (v == null) return null;
        if (v.isIntegralNumber()) return Numbers.severity(v.asLong());
        if (!v.isTextual()) return null;
        String text = v.textValue();
        Severity s = severityCache.get(text);
        if (s == null && !severityCache.containsKey(text)) {
            s = Severity.parse(text);
            if (severityCache.size() < 256) severityCache.put(text, s);
        }
        return s;
    }

    private VectorClock clock(JsonNode v) {
        if (v == null) return null;
        if (!v.isObject()) {
            wrongShape(CLOCK);
            return null;
        }
        if (v.isEmpty()) return null;
        Map<String, Long> entries = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = v.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().canConvertToLong() && e.getValue().isIntegralNumber()) entries.put(e.getKey(), e.getValue().longValue());
        }
        if (entries.size() < v.size()) wrongShape(CLOCK);
        return entries.isEmpty() ? null : new VectorClock(entries);
    }

    /** A lane written as a number (a pid, a cpu) is the same String each time it repeats. */
    private String lane(JsonNode v) {
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) return text(v);
        long n = v.longValue();
        String cached = laneTexts.get(n);
        return cached != null ? cached : laneTexts.put(n, Long.toString(n));
    }

    private static String text(JsonNode v) {
        if (v == null || v.isContainerNode() || v.isNull()) return null;
        String s = v.isTextual() ? v.textValue() : v.asText();
        return s.isEmpty() ? null : s;
    }

    private static Map<String, Integer> guesses() {
        Map<String, Integer> table = new HashMap<>();
        register(table, TIME, CommonNames.TIME);
        register(table, ID, CommonNames.ID);
        register(table, LANE, CommonNames.LANE);
        register(table, SEVERITY, CommonNames.SEVERITY);
        register(table, DURATION, CommonNames.DURATION);
        register(table, CHAIN, CommonNames.CHAIN);
        register(table, CLOCK, CommonNames.VECTOR_CLOCK);
        register(table, LINK, CommonNames.LINKS);
        return Map.copyOf(table);
    }

    private static void register(Map<String, Integer> table, int kind, List<String> names) {
        for (int rank = 0; rank < names.size(); rank++) table.putIfAbsent(names.get(rank), kind * 64 + rank);
    }
}
