package dev.chronoscope.causality;

import dev.chronoscope.event.Event;
import dev.chronoscope.event.Link;
import dev.chronoscope.store.LogStoreWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns explicit links into edges. A link names its cause by id; the cause is the latest earlier
 * event with that id. When no earlier event has it, the link waits (bounded) for the first later
 * event that does, and becomes an edge against time; links still waiting at the end are dangling.
 * A link to the event itself, or a forward link that closes a loop, is a "link-cycle" finding and
 * never an edge that could make a walk spin.
 */
final class LinkResolver {
    static final int MAX_PENDING = 1 << 18;

    private final LogStoreWriter writer;
    private final EdgeCodec codec;
    private final EdgeEmitter emitter;
    private final RecentSources recent;
    private final FindingLog findings;
    /** ref → waiting links, each packed as (offset of the linking event, kind code). */
    private final Map<String, long[]> pending = new HashMap<>();
    private long pendingCount;
    private long dangling;
    private long overflow;

    LinkResolver(LogStoreWriter writer, EdgeCodec codec, EdgeEmitter emitter, RecentSources recent,
                 FindingLog findings) {
        this.writer = writer;
        this.codec = codec;
        this.emitter = emitter;
        this.recent = recent;
        this.findings = findings;
    }

    /** Links of e whose cause is already known become edges; the rest wait. */
    void acceptLinks(Event e) {
        List<Link> links = e.links();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            int code = codec.code(link.kind());
            long cause = latestBefore(writer.offsetsOfIdSoFar(link.ref()), e.offset());
            if (cause >= 0) {
                emitter.edge(cause, e.offset(), code);
            } else if (link.ref().equals(e.id())) {
                selfLink(e.offset(), link.ref());
            } else {
                waitFor(link.ref(), e.offset(), code);
            }
        }
    }

    /**
     * Links that were waiting for e's id now point at e. Called after {@link #acceptLinks} and
     * after the event's edges were flushed, so the cycle check sees them.
     */
    void resolveWaiting(Event e, List<long[]> forwardEdges) {
        if (e.id() == null || pending.isEmpty()) return;
        long[] waiting = pending.remove(e.id());
        if (waiting == null) return;
        int n = (int) waiting[0];
        pendingCount -= n;
        for (int i = 1; i <= n; i++) {
            long effect = EdgeCodec.offsetOf(waiting[i]);
            if (effect == e.offset()) {
                selfLink(effect, e.id());
                continue;
            }
            emitter.edge(e.offset(), effect, EdgeCodec.codeOf(waiting[i]));
            forwardEdges.add(new long[] {e.offset(), effect});
        }
    }

    /** Reports a loop when the forward edge cause→effect closes one through recent edges. */
    void checkCycle(long cause, long effect) {
        long[] path = recent.path(effect, cause);
        if (path == null) return;
        List<Long> offsets = new java.util.ArrayList<>();
        for (long o : path) offsets.add(o);
        findings.add(new Finding("link-cycle", cause,
                "links form a cycle through offsets " + offsets + " (event " + cause
                        + " is linked as a cause of the earlier event " + effect + ")",
                List.of(), offsets));
    }

    /** Links that never found their cause. */
    void finish() {
        dangling += pendingCount;
        pendingCount = 0;
        pending.clear();
    }

    long dangling() {
        return dangling;
    }

    long overflow() {
        return overflow;
    }

    private void selfLink(long offset, String id) {
        findings.add(new Finding("link-cycle", offset, "event " + offset + " is linked to itself (id " + id + ")",
                List.of(id), List.of(offset)));
    }

    private void waitFor(String ref, long offset, int code) {
        if (pendingCount >= MAX_PENDING) {
            overflow++;
            dangling++;
            return;
        }
        long[] list = pending.get(ref);
        if (list == null) list = new long[3];
        int n = (int) list[0];
        if (n + 1 >= list.length) list = java.util.Arrays.copyOf(list, list.length * 2);
        list[n + 1] = EdgeCodec.pack(offset, code);
        list[0] = n + 1;
        pending.put(ref, list);
        pendingCount++;
    }

    /** Greatest offset below limit in an ascending array, or -1. */
    static long latestBefore(long[] ascending, long limit) {
        if (ascending == null) return -1;
        for (int i = ascending.length - 1; i >= 0; i--) {
            if (ascending[i] < limit) return ascending[i];
        }
        return -1;
    }
}
