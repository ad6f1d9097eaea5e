package dev.chronoscope.replay.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.chronoscope.event.Event;
import dev.chronoscope.replay.Projection;
import dev.chronoscope.replay.StateWriter;

/**
 * Open async operations keyed by category and id ({@code <scope>:<id>} for a scoped one, see
 * {@link TracePaths#id}): {@code async/<cat>/<id>} is the array of the
 * names open under that key, outermost first (nestable 'b'/'e' nest under one id; legacy 'S'/'F'
 * of different names may share an id). 'b'/'S' push the name; 'e'/'F' remove the innermost entry
 * with the same name, else ('e' only) the innermost entry; an end with nothing open changes
 * nothing. The key's path is absent while nothing is open. Stateless: it reads the open names
 * back from the state, so it needs no memory of its own.
 */
final class ChromeAsync implements Projection {

    @Override
    public void apply(Event event, StateWriter state) {
        JsonNode record = event.record();
        if (record == null) return;
        String phase = TracePaths.text(record.get("ph"));
        boolean begin = phase.equals("b") || phase.equals("S");
        boolean end = phase.equals("e") || phase.equals("F");
        if (!begin && !end) return;
        String path = "async/" + TracePaths.segment(record.get("cat")) + "/" + TracePaths.segment(TracePaths.id(record));
        JsonNode current = state.get(path);
        ArrayNode open = current != null && current.isArray()
                ? ((ArrayNode) current).deepCopy() : JsonNodeFactory.instance.arrayNode();
        String name = TracePaths.text(record.get("name"));
        if (begin) {
            open.add(name);
        } else {
            int at = innermost(open, name);
            if (at < 0 && phase.equals("e")) at = open.size() - 1;
            if (at < 0) return;
            open.remove(at);
        }
        if (open.isEmpty()) state.remove(path); else state.set(path, open);
    }

    private static int innermost(ArrayNode open, String name) {
        for (int i = open.size() - 1; i >= 0; i--) {
            if (open.get(i).asText().equals(name)) return i;
        }
        return -1;
    }
}
