package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lane keys ({@code pid/tid}) and what Chrome's metadata records say about them: process and
 * thread names and sort indexes. Metadata may follow the events it describes, so names are
 * collected on the side and only applied when the engine asks for the table at the end.
 * Memory grows with the number of threads, never with the number of events.
 */
final class ChromeLaneTable {

    private final Map<String, String> lanePid = new LinkedHashMap<>();
    private final Map<String, String> processNames = new HashMap<>();
    private final Map<String, Long> processOrder = new HashMap<>();
    private final Map<String, String> threadNames = new HashMap<>();
    private final Map<String, Long> threadOrder = new HashMap<>();

    /** The lane of an event's record, remembered as a lane the log has: "pid/tid", or "pid" without tid. */
    String laneOf(JsonNode record) {
        String lane = key(record);
        if (!lanePid.containsKey(lane)) lanePid.put(lane, ChromeIds.text(record.get("pid")));
        return lane;
    }

    private static String key(JsonNode record) {
        String pid = ChromeIds.text(record.get("pid"));
        JsonNode tidNode = record.get("tid");
        return tidNode == null || tidNode.isNull() ? pid : pid + "/" + ChromeIds.text(tidNode);
    }

    /**
     * Takes in one metadata ('M') record; other metadata names (num_cpus, ...) are ignored, and so
     * is an empty or missing name, which would label a lane with nothing instead of its id.
     */
    void metadata(JsonNode record) {
        String pid = ChromeIds.text(record.get("pid"));
        JsonNode args = record.path("args");
        String name = args.path("name").asText();
        switch (record.path("name").asText()) {
            case "process_name" -> {
                if (!name.isBlank()) processNames.put(pid, name);
            }
            case "thread_name" -> {
                if (!name.isBlank()) threadNames.put(key(record), name);
            }
            case "process_sort_index" -> processOrder.put(pid, args.path("sort_index").asLong());
            case "thread_sort_index" -> threadOrder.put(key(record), args.path("sort_index").asLong());
            default -> { }
        }
    }

    /**
     * Lanes in Chrome's display order: by process sort index, then pid, then thread sort index,
     * then tid (numbers compared as numbers); labelled "process / thread" from the metadata.
     */
    List<LaneLabels.LaneLabel> labels() {
        List<String> lanes = new ArrayList<>(lanePid.keySet());
        Comparator<String> order = Comparator
                .comparingLong((String lane) -> processOrder.getOrDefault(lanePid.get(lane), 0L))
                .thenComparing(lane -> lanePid.get(lane), ChromeLaneTable::compareIds)
                .thenComparingLong(lane -> threadOrder.getOrDefault(lane, 0L))
                .thenComparing(lane -> lane, ChromeLaneTable::compareIds);
        lanes.sort(order);
        List<LaneLabels.LaneLabel> labels = new ArrayList<>(lanes.size());
        for (String lane : lanes) labels.add(new LaneLabels.LaneLabel(lane, label(lane)));
        return labels;
    }

    private String label(String lane) {
        String pid = lanePid.get(lane);
        String process = processNames.getOrDefault(pid, pid.isEmpty() ? "no pid" : "pid " + pid);
        if (lane.equals(pid)) return process;
        String tid = lane.substring(pid.length() + 1);
        return process + " / " + threadNames.getOrDefault(lane, "tid " + tid);
    }

    /** Numeric ids in numeric order, anything else after them in text order. */
    private static int compareIds(String a, String b) {
        int ta = a.lastIndexOf('/'), tb = b.lastIndexOf('/');
        String ka = a.substring(ta + 1), kb = b.substring(tb + 1);
        Long na = parse(ka), nb = parse(kb);
        if (na != null && nb != null) return Long.compare(na, nb);
        if (na != null) return -1;
        if (nb != null) return 1;
        return ka.compareTo(kb);
    }

    private static Long parse(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
