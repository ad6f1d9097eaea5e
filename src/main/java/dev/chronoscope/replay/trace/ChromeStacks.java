package dev.chronoscope.replay.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.chronoscope.event.Event;
import dev.chronoscope.replay.Projection;
import dev.chronoscope.replay.StateWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per thread, the stack of open slices, outermost first, as {@code threads/<pid>/<tid>/stack}
 * (an array of slice names; the path is absent while nothing is open).
 *
 * <p>'B' pushes and 'E' pops the innermost open 'B' (and any 'X' without dur inside it). An 'X' opens when its event is applied and
 * closes at the synthetic end event the Chrome reader emits ({@code "closes": <slice id>}); an 'X'
 * read after slices that started later than it (writers emitting at completion put children
 * first) is inserted below them, so the stack stays ordered by start. The open slices of each
 * thread are kept privately because their ids and extents are not part of the state.
 */
final class ChromeStacks implements Projection {

    private record Open(String id, String name, boolean complete, long start, long end) {}

    private final Map<String, List<Open>> threads = new HashMap<>();

    @Override
    public void apply(Event event, StateWriter state) {
        JsonNode record = event.record();
        if (record == null) return;
        String phase = TracePaths.text(record.get("ph"));
        if (!phase.equals("B") && !phase.equals("E") && !phase.equals("X")) return;
        String path = "threads/" + TracePaths.segment(record.get("pid")) + "/"
                + TracePaths.segment(record.get("tid")) + "/stack";
        List<Open> stack = threads.computeIfAbsent(path, k -> new ArrayList<>());
        boolean changed = switch (phase) {
            case "B" -> stack.add(new Open(event.id(), event.type(), false, event.time(), Long.MAX_VALUE));
            case "X" -> insertComplete(stack, event);
            default -> close(stack, TracePaths.text(record.get("closes")));
        };
        if (!changed) {
            if (stack.isEmpty()) threads.remove(path);
            return;
        }
        if (stack.isEmpty()) {
            threads.remove(path);
            state.remove(path);
        } else {
            ArrayNode names = JsonNodeFactory.instance.arrayNode(stack.size());
            for (Open open : stack) names.add(open.name());
            state.set(path, names);
        }
    }

    private static boolean insertComplete(List<Open> stack, Event event) {
        long end = event.hasDuration() ? event.time() + event.duration() : Long.MAX_VALUE;
        Open added = new Open(event.id(), event.type(), true, event.time(), end);
        int at = stack.size();
        while (at > 0) {
            Open top = stack.get(at - 1);
            boolean startsInside = top.complete() && (top.start() > added.start()
                    || (top.start() == added.start() && top.end() < added.end()));
            if (!startsInside) break;
            at--;
        }
        stack.add(at, added);
        return true;
    }

    /**
     * An end with {@code closes} removes that slice; a plain 'E' the innermost open 'B', together
     * with any 'X' without dur opened inside it (it cannot outlive its parent).
     */
    private static boolean close(List<Open> stack, String closes) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            Open open = stack.get(i);
            if (closes.isEmpty() ? !open.complete() : closes.equals(open.id())) {
                if (closes.isEmpty()) {
                    for (int j = stack.size() - 1; j > i; j--) {
                        if (stack.get(j).end() == Long.MAX_VALUE) stack.remove(j);
                    }
                }
                stack.remove(i);
                return true;
            }
        }
        return false;
    }
}
