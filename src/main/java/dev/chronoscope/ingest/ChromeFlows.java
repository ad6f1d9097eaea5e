package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Link;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chrome flow events turned into causal links ({@code Link("flow", sourceId)} on the target).
 *
 * <p>v1 ('s', 't', 'f', keyed by cat, name and id, the id with its scope): 's' binds to the slice
 * enclosing it on its thread (or to itself when there is none) and becomes the flow's current
 * source. A 't' step binds the same way: the slice enclosing it links to the current source and
 * becomes the new one, so that a chain start → steps → end can be walked back slice by slice (the
 * step event itself links to the source too; a step with no enclosing slice is its own binding,
 * as a start is). An 'f' binds to the next slice that starts on its thread at or after it, which
 * receives the link when it is read. With {@code "bp":"e"} it binds to the slice enclosing it
 * instead (or, with none, to the next one as without bp); on 's' and 't', which always bind to
 * their enclosing slice, bp changes nothing. A step's enclosing slice, and a {@code "bp":"e"}
 * end's, was emitted before the flow event was read, and an event cannot change once emitted; so
 * a trace that may hold such steps or ends is read twice: a first pass ({@link #planning}) only
 * finds which slice each of them binds to, and in the second the slice carries its link when it
 * starts. Slice ids are numbered in file order, the same in both passes. A flow that starts and
 * ends (or steps) in one slice makes no link there: a slice is not its own cause.
 *
 * <p>v2: a slice with {@code flow_out} and {@code bind_id} (or {@code id}) is the source of that
 * binding; a slice with {@code flow_in} links to it. Bookkeeping is the open flows only, plus the
 * sources of the {@code "bp":"e"} ends found ahead.
 */
final class ChromeFlows {

    private final Map<String, String> v1Sources = new HashMap<>();
    /** A flow end waiting on its lane for the next slice to start at or after its time. */
    private record WaitingEnd(String source, long time) {}

    private final Map<String, List<WaitingEnd>> waitingForNextSlice = new HashMap<>();
    private final Map<String, String> v2Sources = new HashMap<>();
    /** Sources of flow steps and {@code "bp":"e"} flow ends by the id of the slice enclosing them. */
    private final Map<String, List<String>> boundToEnclosing;
    private final boolean planning;
    private long dangling;

    /** Flows of a trace with no {@code "bp":"e"} ends, or read in one pass. */
    ChromeFlows() {
        this(new HashMap<>(), false);
    }

    /**
     * {@code planning}: the first pass, which fills {@code boundToEnclosing}; otherwise the pass
     * that hands those bindings to their slices.
     */
    ChromeFlows(Map<String, List<String>> boundToEnclosing, boolean planning) {
        this.boundToEnclosing = boundToEnclosing;
        this.planning = planning;
    }

    /** The bindings to enclosing slices found so far (the planning pass's result). */
    Map<String, List<String>> boundToEnclosing() {
        return boundToEnclosing;
    }

    /**
     * True when one of the files holds the key "bp" or a flow step ({@code "ph":"t"}, blanks
     * allowed around the colon): a flow event may then bind to a slice emitted before it.
     */
    static boolean mayBindToEnclosing(List<Path> files) throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (Path file : files) {
            BindingScan scan = new BindingScan();
            try (InputStream in = Files.newInputStream(file)) {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    for (int i = 0; i < n; i++) {
                        if (scan.found(buffer[i])) return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Byte by byte, a match of the key {@code "bp"} or of {@code "ph":"t"}. A quote restarts a
     * match, which may miss a key written with escapes: that trace is then read once, its steps
     * linked on the step events only, as before planning existed.
     */
    private static final class BindingScan {
        private static final byte[] BP_KEY = {'"', 'b', 'p', '"'};
        private static final byte[] STEP_PHASE = {'"', 'p', 'h', '"', ':', '"', 't', '"'};
        /** Where in STEP_PHASE blanks may come: before the colon and after it. */
        private static final int BEFORE_COLON = 4;
        private static final int AFTER_COLON = 5;
        private int bp;
        private int step;

        boolean found(byte b) {
            bp = b == BP_KEY[bp] ? bp + 1 : b == '"' ? 1 : 0;
            if (bp == BP_KEY.length) return true;
            boolean blank = b == ' ' || b == '\t' || b == '\n' || b == '\r';
            if (blank && (step == BEFORE_COLON || step == AFTER_COLON)) return false;
            step = b == STEP_PHASE[step] ? step + 1 : b == '"' ? 1 : 0;
            return step == STEP_PHASE.length;
        }
    }

    /**
     * Links for a v1 flow event; {@code enclosingId} is the id of the slice enclosing it, or null,
     * and {@code ownId} the flow event's own id (used when nothing encloses it).
     */
    List<Link> flowEvent(char phase, ObjectNode record, String lane, long time, String enclosingId, String ownId) {
        String key = ChromeIds.text(record.get("cat")) + '\u0000' + ChromeIds.text(record.get("name"))
                + '\u0000' + ChromeIds.flowId(record);
        String boundId = enclosingId != null ? enclosingId : ownId;
        switch (phase) {
            case 's' -> {
                v1Sources.put(key, boundId);
                return List.of();
            }
            case 't' -> {
                String source = v1Sources.put(key, boundId);
                if (source == null) return danglingLink();
                if (planning && enclosingId != null && !source.equals(enclosingId)) {
                    boundToEnclosing.computeIfAbsent(enclosingId, k -> new ArrayList<>(1)).add(source);
                }
                return List.of(new Link("flow", source));
            }
            default -> {
                String source = v1Sources.remove(key);
                if (source == null) return danglingLink();
                if (enclosingId != null && "e".equals(ChromeIds.text(record.get("bp")))) {
                    if (planning && !source.equals(enclosingId)) {
                        boundToEnclosing.computeIfAbsent(enclosingId, k -> new ArrayList<>(1)).add(source);
                    }
                    return List.of(); // the slice got the link when it started (planned ahead)
                }
                waitingForNextSlice.computeIfAbsent(lane, k -> new ArrayList<>(2)).add(new WaitingEnd(source, time));
                return List.of();
            }
        }
    }

    /**
     * Links a slice that starts now receives: pending v1 'f' bindings on its lane, the v1 steps
     * and {@code "bp":"e"} ends planned to bind to it, and v2 flow_in.
     */
    List<Link> sliceStarts(ObjectNode record, String lane, long start, String sliceId) {
        List<Link> links = null;
        List<WaitingEnd> waiting = waitingForNextSlice.isEmpty() ? null : waitingForNextSlice.get(lane);
        if (waiting != null) {
            // A slice read after the end but started before it (writers that emit a slice when it
            // completes put it after what happened inside it) is not the next slice.
            for (int i = 0; i < waiting.size(); i++) {
                WaitingEnd end = waiting.get(i);
                if (end.time() > start) continue;
                if (links == null) links = new ArrayList<>(2);
                links.add(new Link("flow", end.source()));
                waiting.remove(i--);
            }
            if (waiting.isEmpty()) waitingForNextSlice.remove(lane);
        }
        List<String> enclosed = planning || boundToEnclosing.isEmpty() ? null : boundToEnclosing.remove(sliceId);
        if (enclosed != null) {
            if (links == null) links = new ArrayList<>(enclosed.size());
            for (String source : enclosed) links.add(new Link("flow", source));
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
        for (List<WaitingEnd> waiting : waitingForNextSlice.values()) unbound += waiting.size();
        if (dangling > 0) {
            context.warning(source + ": " + dangling + " flow step(s) or flow_in(s) without a flow start before them; no link made");
        }
        if (unbound > 0) {
            context.warning(source + ": " + unbound + " flow end(s) with no later slice on their thread to bind to");
        }
    }
}
