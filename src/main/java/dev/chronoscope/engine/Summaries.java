package dev.chronoscope.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.causality.CausalGraph;
import dev.chronoscope.event.Event;
import dev.chronoscope.ingest.Ingestion;
import dev.chronoscope.ingest.LaneLabels;
import dev.chronoscope.ingest.ReadError;
import dev.chronoscope.profile.Profiles;
import dev.chronoscope.ingest.LogInput;
import dev.chronoscope.store.DuplicateId;
import dev.chronoscope.store.LogStore;
import dev.chronoscope.store.LogStoreWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The facts of an ingest that are not in the events themselves (format, profile, record and error
 * counts, error samples, warnings) travel in the store's meta as one JSON document, so a re-open
 * reports exactly what the ingest saw.
 */
final class Summaries {
    private static final String KEY = "engine.summary";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LINE_NUMBERED_FORMATS = Set.of("json", "chrome", "shiviz");

    private Summaries() {}

    static void write(LogStoreWriter writer, LogInput input, Ingestion run, long ruleMisses) {
        ObjectNode o = JSON.createObjectNode();
        o.put("log", input.path().toAbsolutePath().toString());
        o.put("format", run.formatName());
        o.put("sortedByTime", run.sortsByTime());
        o.put("profile", run.profile() == null ? Profiles.GENERIC : run.profile().name());
        o.put("records", run.recordsRead());
        o.put("errors", run.errorCount());
        o.put("ruleMisses", ruleMisses);
        o.put("logBytes", input.totalBytes());
        ArrayNode samples = o.putArray("errorSamples");
        for (ReadError e : run.errors()) {
            samples.addObject().put("file", e.file()).put("position", e.position())
                    .put("kind", e.kind().name()).put("reason", e.reason());
        }
        ArrayNode warnings = o.putArray("warnings");
        run.warnings().forEach(warnings::add);
        ArrayNode labels = o.putArray("laneLabels");
        for (LaneLabels.LaneLabel l : run.laneLabels()) labels.addObject().put("lane", l.lane()).put("label", l.label());
        long duplicates = writer.duplicateIds();
        DuplicateId first = writer.firstDuplicateId();
        if (duplicates > 0 && first != null) {
            // the warning itself is worded on read, where the store can say which id and lines
            o.putObject("duplicateIds").put("count", duplicates)
                    .put("firstOffset", first.offset()).put("earlierOffset", first.earlierOffset());
        }
        try {
            writer.putMeta(KEY, JSON.writeValueAsString(o));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lane labels the log declared, in display order (lane key → label). */
    static java.util.LinkedHashMap<String, String> laneLabels(LogStore store) {
        java.util.LinkedHashMap<String, String> labels = new java.util.LinkedHashMap<>();
        String text = store.meta().get(KEY);
        if (text == null) return labels;
        try {
            for (JsonNode l : JSON.readTree(text).path("laneLabels")) labels.put(l.path("lane").asText(), l.path("label").asText());
        } catch (JsonProcessingException e) {
            return labels;
        }
        return labels;
    }

    /** "2 events carry an id ... (all kept); first "x" at offset 2 (line 3), which offset 0 (line 1) already had". */
    private static String duplicateIdWarning(LogStore store, JsonNode duplicates, boolean lineNumbered) {
        long count = duplicates.path("count").asLong();
        Event repeat = store.event(duplicates.path("firstOffset").asLong());
        Event earlier = store.event(duplicates.path("earlierOffset").asLong());
        return count + (count == 1 ? " event carries" : " events carry") + " an id that an earlier event already had (all kept); first "
                + JSON.getNodeFactory().textNode(repeat.id()) + " at " + place(repeat, lineNumbered)
                + ", which " + place(earlier, lineNumbered) + " already had";
    }

    /** Lines only where the source has them; binary formats number records instead. */
    private static String place(Event e, boolean lineNumbered) {
        return "offset " + e.offset() + (lineNumbered && e.line() > 0 ? " (line " + e.line() + ")" : "");
    }

    static LogSummary read(LogStore store, String cache, CausalGraph causality) throws LogOpenException {
        String text = store.meta().get(KEY);
        if (text == null) throw new LogOpenException("the cache file has no summary; it will be rebuilt with --no-cache");
        JsonNode o;
        try {
            o = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new LogOpenException("the cache file's summary is unreadable; rebuild with --no-cache", e);
        }
        List<IngestError> samples = new ArrayList<>();
        for (JsonNode e : o.path("errorSamples")) {
            samples.add(new IngestError(e.path("file").asText(), e.path("position").asLong(), e.path("kind").asText(), e.path("reason").asText()));
        }
        List<String> warnings = new ArrayList<>();
        o.path("warnings").forEach(w -> warnings.add(w.asText()));
        JsonNode duplicates = o.path("duplicateIds");
        boolean lineNumbered = LINE_NUMBERED_FORMATS.contains(o.path("format").asText());
        if (duplicates.isObject()) warnings.add(duplicateIdWarning(store, duplicates, lineNumbered));
        long events = store.eventCount();
        return new LogSummary(Path.of(o.path("log").asText()), o.path("format").asText(), o.path("profile").asText(),
                o.path("records").asLong(), events, o.path("errors").asLong(), List.copyOf(samples), List.copyOf(warnings),
                store.lanes(), store.typeCounts(),
                events == 0 ? 0 : store.minTime(), events == 0 ? 0 : store.maxTime(),
                causality.edgeCount(), causality.danglingCount(), o.path("ruleMisses").asLong(), cache,
                o.path("sortedByTime").asBoolean(), store.sizeOnDisk(), o.path("logBytes").asLong());
    }
}
