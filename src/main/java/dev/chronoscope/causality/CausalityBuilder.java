package dev.chronoscope.causality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.replay.Change;
import dev.chronoscope.store.LogStoreWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the causal graph while a log is ingested. The engine hands over every event in offset
 * order together with the state changes it caused; edges go to the store as they are found (see
 * {@link EdgeCodec} for the layout), findings and counts go to meta on {@link #finish()}.
 *
 * <p>Edges come from chains (consecutive events of one chain id), explicit links, and vector
 * clocks. Memory stays bounded: chains and clocks keep a window of recent state, links waiting for
 * a later cause are capped, and whatever falls outside these bounds is counted in meta
 * {@code causality.notes} instead of silently dropped.
 */
public final class CausalityBuilder {
    static final int MAX_CHAINS = 1 << 17;

    private final LogStoreWriter writer;
    private final EdgeCodec codec = new EdgeCodec();
    private final FindingLog findings = new FindingLog();
    private final RecentSources recent = new RecentSources();
    private final EdgeEmitter emitter;
    private final LinkResolver links;
    private final ClockEdges clocks = new ClockEdges();
    private final DeadlockDetector deadlocks = new DeadlockDetector(findings);
    private final List<long[]> forwardEdges = new ArrayList<>();
    private long forgottenChains;
    private final Map<String, Long> chains = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            if (size() <= MAX_CHAINS) return false;
            forgottenChains++;
            return true;
        }
    };
    private boolean finished;

    public CausalityBuilder(LogStoreWriter writer) {
        this.writer = writer;
        this.emitter = new EdgeEmitter(writer.postings(EdgeCodec.IN), writer.postings(EdgeCodec.OUT),
                writer.column(EdgeCodec.IN_COLUMN), writer.blobs(EdgeCodec.LATE), recent);
        this.links = new LinkResolver(writer, codec, emitter, recent, findings);
    }

    /**
     * The changes among an event's that {@link #accept} reads (those of lock holders and waiters);
     * usually none. The fold calls it on its own thread, where the changes were just made, so that
     * the thread storing events does not walk the others only to skip them.
     */
    public static List<Change> changesOfInterest(List<Change> changes) {
        if (changes == null || changes.isEmpty()) return List.of();
        List<Change> kept = null;
        for (Change c : changes) {
            if (!DeadlockDetector.isLockPath(c.path())) continue;
            if (kept == null) kept = new ArrayList<>(2);
            kept.add(c);
        }
        return kept == null ? List.of() : kept;
    }

    /**
     * Takes the next event (offsets ascending) and the changes it made to the state (may be empty,
     * or only its {@link #changesOfInterest}).
     */
    public void accept(Event e, List<Change> changes) {
        long offset = e.offset();
        if (e.chain() != null) {
            Long previous = chains.put(e.chain(), offset);
            if (previous != null) emitter.edge(previous, offset, EdgeCodec.CHAIN);
        }
        if (!e.links().isEmpty()) links.acceptLinks(e);
        if (e.clock() != null) clocks.accept(e, emitter);
        links.resolveWaiting(e, forwardEdges);
        emitter.flush(offset);
        if (!forwardEdges.isEmpty()) {
            for (long[] edge : forwardEdges) links.checkCycle(edge[0], edge[1]);
            forwardEdges.clear();
        }
        deadlocks.accept(offset, changes);
    }

    /** Counts what never resolved and writes counts and findings to meta. Idempotent. */
    public void finish() {
        if (finished) return;
        finished = true;
        links.finish();
        emitter.finish();
        writer.putMeta(EdgeCodec.META_KINDS, codec.toJson());
        writer.putMeta(EdgeCodec.META_EDGES, Long.toString(emitter.edgeCount()));
        writer.putMeta(EdgeCodec.META_DANGLING, Long.toString(links.dangling()));
        writer.putMeta(EdgeCodec.META_FINDINGS, findings.toJson());
        writer.putMeta(EdgeCodec.META_FINDING_COUNT, Long.toString(findings.count()));
        ObjectNode notes = new ObjectMapper().createObjectNode();
        notes.put("unresolvedClockReferences", clocks.unresolved());
        notes.put("linksBeyondPendingCap", links.overflow());
        notes.put("chainsForgotten", forgottenChains);
        writer.putMeta(EdgeCodec.META_NOTES, notes.toString());
    }

    public long edgeCount() {
        return emitter.edgeCount();
    }

    public long danglingCount() {
        return links.dangling();
    }

    public List<Finding> findings() {
        return List.copyOf(findings.kept());
    }
}
