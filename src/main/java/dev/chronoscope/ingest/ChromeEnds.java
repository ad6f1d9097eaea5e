package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Async operations and objects whose ends do not match, counted while a Chrome trace is read and
 * reported like unbalanced 'B'/'E' ({@link ChromeSlices}): the events stay, the report says what
 * they could not change.
 *
 * <p>Async: 'b' and 'S' open an operation under (cat, id); 'e' and 'F' end the innermost open one
 * of the same name, and an 'e' of another name ends the innermost one, as the {@code chrome-async}
 * projection folds them. An end that finds nothing to end is counted; operations still open at the
 * end of the log are reported too. Objects: 'N' (or a first 'O' snapshot) makes an object alive
 * under (pid, name, id), 'D' destroys it; a 'D' of an object that is not alive is counted.
 * Objects alive at the end are not reported: they live until their process ends.
 * Memory is the open operations and live objects only.
 */
final class ChromeEnds {

    private record Open(String name, long line, String lane) {}

    private final Map<String, List<Open>> openAsync = new LinkedHashMap<>();
    private final Set<String> liveObjects = new HashSet<>();
    private long unmatchedAsyncEnds;
    private String firstUnmatchedAsyncEnd;
    private long unmatchedDestroys;
    private String firstUnmatchedDestroy;

    /** Follows a record of phase b, e, S, F, N, O or D; other phases are ignored. */
    void record(char phase, ObjectNode record, String name, String lane, long line) {
        switch (phase) {
            case 'b', 'S' -> openAsync.computeIfAbsent(asyncKey(record), k -> new ArrayList<>(2)).add(new Open(name, line, lane));
            case 'e', 'F' -> endAsync(phase, record, name, lane, line);
            case 'N', 'O' -> liveObjects.add(objectKey(record, name));
            case 'D' -> {
                if (!liveObjects.remove(objectKey(record, name)) && unmatchedDestroys++ == 0) {
                    firstUnmatchedDestroy = "line " + line + " on lane " + lane + ", '" + name + "' id " + ChromeIds.flowId(record);
                }
            }
            default -> { }
        }
    }

    private void endAsync(char phase, ObjectNode record, String name, String lane, long line) {
        String key = asyncKey(record);
        List<Open> open = openAsync.get(key);
        int at = -1;
        if (open != null) {
            for (int i = open.size() - 1; i >= 0 && at < 0; i--) if (open.get(i).name().equals(name)) at = i;
            if (at < 0 && phase == 'e') at = open.size() - 1;
        }
        if (at < 0) {
            if (unmatchedAsyncEnds++ == 0) {
                firstUnmatchedAsyncEnd = "line " + line + " on lane " + lane + ", '" + name + "' " + describeKey(record);
            }
            return;
        }
        open.remove(at);
        if (open.isEmpty()) openAsync.remove(key);
    }

    private static String asyncKey(ObjectNode record) {
        return ChromeIds.text(record.get("cat")) + '\u0000' + ChromeIds.flowId(record);
    }

    private static String describeKey(ObjectNode record) {
        return "cat " + ChromeIds.text(record.get("cat")) + " id " + ChromeIds.flowId(record);
    }

    private static String objectKey(ObjectNode record, String name) {
        return ChromeIds.text(record.get("pid")) + '\u0000' + name + '\u0000' + ChromeIds.flowId(record);
    }

    void report(ReadContext context, String source) {
        if (unmatchedAsyncEnds > 0) {
            context.warning(source + ": " + unmatchedAsyncEnds + " async end(s) ('e'/'F') without a matching begin (first at "
                    + firstUnmatchedAsyncEnd + "); kept as events");
        }
        long open = 0;
        StringBuilder examples = new StringBuilder();
        for (List<Open> operations : openAsync.values()) {
            for (Open o : operations) {
                if (open++ < 3) {
                    examples.append(examples.length() == 0 ? "" : ", ")
                            .append('\'').append(o.name()).append("' at line ").append(o.line()).append(" on lane ").append(o.lane());
                }
            }
        }
        if (open > 0) {
            context.warning(source + ": " + open + " async operation(s) begun ('b'/'S') and never ended (" + examples
                    + (open > 3 ? ", ..." : "") + "); kept as events, open at the end of the log");
        }
        if (unmatchedDestroys > 0) {
            context.warning(source + ": " + unmatchedDestroys + " object(s) destroyed ('D') while not alive (first at "
                    + firstUnmatchedDestroy + "); kept as events");
        }
    }
}
