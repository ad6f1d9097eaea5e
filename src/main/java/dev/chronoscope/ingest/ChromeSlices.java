package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * The slices open on each thread while a Chrome trace is read, so that flows can bind to the slice
 * that encloses them, complete ('X') slices can be given an end event, and unbalanced begin/end
 * pairs can be reported.
 *
 * <p>'B' pushes a slice and 'E' closes the innermost open 'B' of its thread. An 'X' is open from
 * ts to ts+dur: it is pushed when read and its end is queued; the reader drains the queue up to
 * each record's time, so the end comes out before the first later record (inner slices first when
 * ends tie). Writers that emit 'X' when it completes put children before parents; an 'X' is
 * therefore inserted below any slice of its thread that started after it, which keeps each stack
 * ordered by start. An 'X' without dur was still running when tracing stopped: it stays open until
 * the 'B' slice enclosing it ends, or to the end of the log.
 * Memory is the open slices, never the whole trace.
 */
final class ChromeSlices {

    /** One open slice. {@code end} is Long.MAX_VALUE while unknown (a 'B', or an 'X' without dur). */
    static final class Slice {
        final String id;
        final String name;
        final String lane;
        final boolean complete;
        final long start;
        final long end;
        final long line;
        final long seq;
        final ObjectNode record;

        Slice(String id, String name, String lane, boolean complete, long start, long end, long line, long seq,
              ObjectNode record) {
            this.id = id;
            this.name = name;
            this.lane = lane;
            this.complete = complete;
            this.start = start;
            this.end = end;
            this.line = line;
            this.seq = seq;
            this.record = record;
        }
    }

    private static final Comparator<Slice> BY_END = Comparator
            .comparingLong((Slice s) -> s.end)
            .thenComparing(Comparator.comparingLong((Slice s) -> s.start).reversed())
            .thenComparing(Comparator.comparingLong((Slice s) -> s.seq).reversed());

    private final Map<String, List<Slice>> stacks = new LinkedHashMap<>();
    private final PriorityQueue<Slice> pendingEnds = new PriorityQueue<>(BY_END);
    private long nextSeq;
    private long unmatchedEnds;
    private String firstUnmatchedEnd;

    /** Opens a slice on its lane and returns it (its id is {@code slice:<n>}). */
    Slice open(ObjectNode record, String name, String lane, boolean complete, long start, long duration, long line) {
        long seq = nextSeq++;
        long end = complete && duration >= 0 ? start + duration : Long.MAX_VALUE;
        Slice slice = new Slice("slice:" + seq, name, lane, complete, start, end, line, seq, record);
        List<Slice> stack = stacks.computeIfAbsent(lane, k -> new ArrayList<>());
        int at = stack.size();
        if (complete) {
            while (at > 0 && startsInside(stack.get(at - 1), slice)) at--;
        }
        stack.add(at, slice);
        if (end != Long.MAX_VALUE) pendingEnds.add(slice);
        return slice;
    }

    /** An earlier-pushed 'X' that the new one contains (it started later): it belongs above. */
    private static boolean startsInside(Slice top, Slice added) {
        return top.complete && (top.start > added.start || (top.start == added.start && top.end < added.end));
    }

    /**
     * The innermost open slice of the lane whose span holds {@code time}, or null. Not simply the
     * innermost open one: in a trace out of time order that one can start after {@code time}.
     */
    Slice enclosing(String lane, long time) {
        List<Slice> stack = stacks.get(lane);
        if (stack == null) return null;
        for (int i = stack.size() - 1; i >= 0; i--) {
            Slice slice = stack.get(i);
            if (slice.start <= time && time < slice.end) return slice;
        }
        return null;
    }

    /**
     * Closes the innermost open 'B' of the lane for an 'E', with any 'X' without dur opened inside
     * it; null (and counted) when there is none.
     */
    Slice closeBegin(String lane, long line) {
        List<Slice> stack = stacks.get(lane);
        if (stack != null) {
            for (int i = stack.size() - 1; i >= 0; i--) {
                if (stack.get(i).complete) continue;
                // An 'X' without dur opened inside this slice cannot outlive it.
                for (int j = stack.size() - 1; j > i; j--) {
                    if (stack.get(j).end == Long.MAX_VALUE) stack.remove(j);
                }
                return stack.remove(i);
            }
        }
        if (unmatchedEnds++ == 0) firstUnmatchedEnd = "line " + line + " on lane " + lane;
        return null;
    }

    /** Hands out (and pops) every queued 'X' end at or before {@code time}, in time order. */
    void endsUpTo(long time, Consumer<Slice> out) {
        while (!pendingEnds.isEmpty() && pendingEnds.peek().end <= time) {
            Slice done = pendingEnds.poll();
            List<Slice> stack = stacks.get(done.lane);
            if (stack != null) stack.remove(done);
            out.accept(done);
        }
    }

    /** Reports what stayed unbalanced: 'E' without 'B', and 'B' never ended. */
    void reportImbalance(ReadContext context, String source) {
        if (unmatchedEnds > 0) {
            context.warning(source + ": " + unmatchedEnds + " 'E' event(s) without a matching 'B' (first at "
                    + firstUnmatchedEnd + "); kept as events");
        }
        long open = 0;
        StringBuilder examples = new StringBuilder();
        for (List<Slice> stack : stacks.values()) {
            for (Slice s : stack) {
                if (s.complete) continue;
                if (open++ < 3) {
                    examples.append(examples.length() == 0 ? "" : ", ")
                            .append('\'').append(s.name).append("' at line ").append(s.line)
                            .append(" on lane ").append(s.lane);
                }
            }
        }
        if (open > 0) {
            context.warning(source + ": " + open + " slice(s) begun and never ended (" + examples
                    + (open > 3 ? ", ..." : "") + "); kept as events, open at the end of the log");
        }
    }
}
