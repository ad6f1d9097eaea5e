package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Net change between the states after two offsets. Close offsets (or a prefix that changed
 * rarely in between) are diffed by walking the change sets in between, keeping per leaf the first
 * {@code before} and the last {@code after}; distant ones by rebuilding both states and merging
 * their sorted leaves.
 */
final class Differ {
    private final Replay replay;
    private final String prefix;

    Differ(Replay replay, String prefix) {
        this.replay = replay;
        this.prefix = prefix;
    }

    List<Change> diff(long a, long b) {
        replay.checkOffset(a);
        replay.checkOffset(b);
        if (a == b) return List.of();
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        long walkLimit = 2L * replay.checkpointInterval();
        if (prefix.isEmpty()) {
            return hi - lo <= walkLimit ? walkAll(lo, hi, a > b) : compareStates(a, b);
        }
        if (hi - lo <= walkLimit || replay.paths().count(prefix) <= walkLimit) {
            return walk(replay.paths().offsets(prefix, lo + 1, hi + 1), a > b);
        }
        return compareStates(a, b);
    }

    private List<Change> walkAll(long lo, long hi, boolean backwards) {
        long[] offsets = new long[(int) (hi - lo)];
        for (int i = 0; i < offsets.length; i++) offsets[i] = lo + 1 + i;
        return walk(offsets, backwards);
    }

    private List<Change> walk(long[] ascending, boolean backwards) {
        Map<String, JsonNode[]> net = new HashMap<>();
        for (long k : ascending) {
            for (Change c : replay.changesAt(k)) {
                if (!Paths.isAtOrUnder(c.path(), prefix)) continue;
                JsonNode[] firstLast = net.get(c.path());
                if (firstLast == null) net.put(c.path(), new JsonNode[] {c.before(), c.after()});
                else firstLast[1] = c.after();
            }
        }
        List<Change> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode[]> e : net.entrySet()) {
            JsonNode first = e.getValue()[0];
            JsonNode last = e.getValue()[1];
            if (Objects.equals(first, last)) continue;
            out.add(backwards ? new Change(e.getKey(), last, first) : new Change(e.getKey(), first, last));
        }
        out.sort(Comparator.comparing(Change::path));
        return out;
    }

    private List<Change> compareStates(long a, long b) {
        Iterator<Map.Entry<String, JsonNode>> from = leavesOf(a).entrySet().iterator();
        Iterator<Map.Entry<String, JsonNode>> to = leavesOf(b).entrySet().iterator();
        List<Change> out = new ArrayList<>();
        Map.Entry<String, JsonNode> x = from.hasNext() ? from.next() : null;
        Map.Entry<String, JsonNode> y = to.hasNext() ? to.next() : null;
        while (x != null || y != null) {
            int cmp = x == null ? 1 : y == null ? -1 : x.getKey().compareTo(y.getKey());
            if (cmp < 0) {
                out.add(new Change(x.getKey(), x.getValue(), null));
                x = from.hasNext() ? from.next() : null;
            } else if (cmp > 0) {
                out.add(new Change(y.getKey(), null, y.getValue()));
                y = to.hasNext() ? to.next() : null;
            } else {
                if (!x.getValue().equals(y.getValue())) out.add(new Change(x.getKey(), x.getValue(), y.getValue()));
                x = from.hasNext() ? from.next() : null;
                y = to.hasNext() ? to.next() : null;
            }
        }
        return out;
    }

    private SortedMap<String, JsonNode> leavesOf(long k) {
        return replay.state(k).leaves(prefix);
    }
}
