package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Link;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chrome flow events turned into causal links ({@code Link("flow", sourceId)} on the target).
 *
 * <p>v1 ('s', 't', 'f', keyed by cat, name and id): 's' binds to the slice enclosing it on its
 * thread (or to itself when there is none) and becomes the flow's current source. A 't' step
 * links to the current source and its enclosing slice becomes the new one. An 'f' binds to the
 * next slice that starts on its thread, which receives the link when it is read; with
 * {@code "bp":"e"} it binds to the enclosing slice, which was emitted earlier and cannot be
 * changed, so the 'f' event itself carries the link (it lies inside that slice on the timeline).
 *
 * <p>v2: a slice with {@code flow_out} and {@code bind_id} (or {@code id}) is the source of that
 * binding; a slice with {@code flow_in} links to it. Bookkeeping is the open flows only.
 */
final class ChromeFlows {

    private final Map<String, String> v1Sources = new HashMap<>();
    private final Map<String, List<String>> waitingForNextSlice = new HashMap<>();
    private final Map<String, String> v2Sources = new HashMap<>();
    private long dangling;

    /**
     * Links for a v1 flow event; {@code boundId} is the enclosing slice's id, or the flow event's
     * own id when nothing encloses it.
     */
    List<Link> flowEvent(char phase, ObjectNode record, String lane, String boundId) {
        String key = ChromeIds.text(record.get("cat")) + '\u0000' + ChromeIds.text(record.get("name"))
                + '\u0000' + ChromeIds.flowId(record);
        switch (phase) {
            case 's' -> {
                v1Sources.put(key, boundId);
                return List.of();
            }
            case 't' -> {
                String source = v1Sources.put(key, boundId);
                return source == null ? danglingLink() : List.of(new Link("flow", source));
            }
            default -> {
                String source = v1Sources.remove(key);
                if (source == null) return danglingLink();
                if ("e".equals(ChromeIds.text(record.get("bp")))) return List.of(new Link("flow", source));
                waitingForNextSlice.computeIfAbsent(lane, k -> new ArrayList<>(2)).add(source);
                return List.of();
            }
        }
    }

    /** Links a slice that starts now receives: pending v1 'f' bindings on its lane and v2 flow_in. */
    List<Link> sliceStarts(ObjectNode record, String lane, String sliceId) {
        List<Link> links = null;
        List<String> waiting = waitingForNextSlice.isEmpty() ? null : waitingForNextSlice.remove(lane);
        if (waiting != null) {
            links = new ArrayList<>(waiting.size() + 1);
            for (String source : waiting) links.add(new Link("flow", source));
        }
        boolean in = record.path("flow_in").asBoolean(false);
        boolean out = record.path("flow_out").asBoolean(false);
        if (in || out) {
            JsonNode bind = record.has("bind_id") ? record.get("bind_id") : record.get("id");
            String key = ChromeIds.text(bind);
            if (in) {
                String source = v2Sources.remove(key);
                if (source == null) {
                    dangling++;
                } else {
                    if (links == null) links = new ArrayList<>(1);
                    links.add(new Link("flow", source));
                }
            }
            if (out) v2Sources.put(key, sliceId);
        }
        return links == null ? List.of() : links;
    }

    private List<Link> danglingLink() {
        dangling++;
        return List.of();
    }

    void report(ReadContext context, String source) {
        long unbound = 0;
        for (List<String> waiting : waitingForNextSlice.values()) unbound += waiting.size();
        if (dangling > 0) {
            context.warning(source + ": " + dangling + " flow step(s) or flow_in(s) without a flow start before them; no link made");
        }
        if (unbound > 0) {
            context.warning(source + ": " + unbound + " flow end(s) with no later slice on their thread to bind to");
        }
    }
}
