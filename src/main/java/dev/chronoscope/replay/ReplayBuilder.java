package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.chronoscope.codec.ByteSink;
import dev.chronoscope.event.Event;
import dev.chronoscope.profile.Profile;
import dev.chronoscope.profile.ProfileException;
import dev.chronoscope.store.Blobs;
import dev.chronoscope.store.Column;
import dev.chronoscope.store.LogStoreWriter;
import java.util.List;
import java.util.TreeMap;

/**
 * Folds events into state during ingest and writes what {@link Replay} reads back:
 *
 * <ul>
 *   <li>column {@value #CHANGES}: per offset the event's net leaf changes ({@link ChangeCodec});</li>
 *   <li>postings {@value #PATHS}: every changed leaf path and each of its ancestors → offsets, so
 *       the history of {@code locks/L7} is one postings read, like that of a leaf;</li>
 *   <li>blobs {@value #CHECKPOINTS}: the whole state after offset k, keyed by k, every N events.
 *       When the checkpoints would pass half of the store's bytes, N doubles, so they stay a
 *       bounded fraction of the file; meta records the final N, the largest gap. The ingest
 *       folds on its own thread while another stores events, so the store's size read here may
 *       lag a batch behind: where thinning begins can move by a few events between two ingests
 *       of one log, what replay answers never does.</li>
 * </ul>
 *
 * The profile's rules run first, then the extra projections in the given order. Not thread-safe:
 * one ingest thread calls {@link #accept} in offset order, then {@link #finish}.
 */
public final class ReplayBuilder {
    public static final int DEFAULT_CHECKPOINT_INTERVAL = 1000;
    static final String CHANGES = "replay.changes";
    static final String PATHS = "replay.paths";
    static final String CHECKPOINTS = "replay.checkpoints";
    static final String META_EVENTS = "replay.events";
    static final String META_INTERVAL = "replay.checkpointInterval";
    static final String META_CHECKPOINTS = "replay.checkpointCount";
    static final String META_MISSES = "replay.ruleMisses";
    static final String META_MISS_EXAMPLES = "replay.ruleMissExamples";

    private final RuleProjection rules;
    private final List<Projection> extras;
    private final LogStoreWriter writer;
    private final RecordingWriter state = new RecordingWriter();
    private final Column.Writer changesColumn;
    private final Blobs.Writer checkpoints;
    private final ByteSink sink = new ByteSink();
    private final PathIndexer pathIndexer;

    private long count;
    private int interval;
    private long lastCheckpoint = -1;
    private long nextCheckpoint;
    private long checkpointCount;
    private long checkpointBytes;

    public ReplayBuilder(Profile profile, List<Projection> extraProjections, LogStoreWriter writer)
            throws ProfileException {
        this(profile, extraProjections, writer, DEFAULT_CHECKPOINT_INTERVAL);
    }

    /** @param checkpointInterval N, the initial number of events between checkpoints (≥ 1) */
    public ReplayBuilder(Profile profile, List<Projection> extraProjections, LogStoreWriter writer,
                         int checkpointInterval) throws ProfileException {
        if (checkpointInterval < 1) throw new IllegalArgumentException("checkpoint interval must be ≥ 1");
        this.rules = new RuleProjection(profile);
        this.extras = List.copyOf(extraProjections);
        this.writer = writer;
        this.changesColumn = writer.column(CHANGES);
        this.pathIndexer = new PathIndexer(writer.postings(PATHS));
        this.checkpoints = writer.blobs(CHECKPOINTS);
        this.interval = checkpointInterval;
        this.nextCheckpoint = checkpointInterval - 1;
    }

    /** Folds the next event (offsets arrive 0, 1, 2, ...) and returns what it changed. */
    public List<Change> accept(Event event) {
        long offset = count++;
        rules.apply(event, state);
        for (Projection p : extras) {
            try {
                p.apply(event, state);
            } catch (RuntimeException e) {
                // A faulty projection is a miss for this event, not the end of the ingest. What it
                // wrote before failing stays, and is recorded like any write, so replay agrees.
                state.ruleMiss("projection " + p.getClass().getSimpleName() + " failed: " + e);
            }
        }
        List<Change> changes = state.finishEvent();
        changesColumn.append(ChangeCodec.encodeChanges(changes, sink));
        if (!changes.isEmpty()) pathIndexer.index(state.changedNodes(), offset, state.forgottenWithPostings());
        if (offset == nextCheckpoint) checkpoint(offset);
        return changes;
    }

    private void checkpoint(long offset) {
        byte[] bytes = ChangeCodec.encodeCheckpoint(state.sortedLeaves(), sink);
        if (checkpointCount > 0 && checkpointBytes + bytes.length > writer.bytesWritten() / 2) {
            interval *= 2;
            nextCheckpoint = lastCheckpoint + interval;
            return;
        }
        checkpoints.put(offset, bytes);
        checkpointCount++;
        checkpointBytes += bytes.length;
        lastCheckpoint = offset;
        nextCheckpoint = offset + interval;
    }

    public long ruleMisses() {
        return state.misses();
    }

    /**
     * Hands the last waiting path postings to the store, builds the path index and writes the
     * replay facts into the store's meta; call once after the last event, before the store is
     * committed, on the thread that folded (the index is built there, beside the other stages).
     */
    public void finish() {
        pathIndexer.finish();
        writer.putMeta(META_EVENTS, Long.toString(count));
        writer.putMeta(META_INTERVAL, Integer.toString(interval));
        writer.putMeta(META_CHECKPOINTS, Long.toString(checkpointCount));
        writer.putMeta(META_MISSES, Long.toString(state.misses()));
        ArrayNode examples = JsonNodeFactory.instance.arrayNode();
        for (String reason : state.missExamples()) examples.add(reason);
        writer.putMeta(META_MISS_EXAMPLES, examples.toString());
    }

    /** A copy of the current fold state (for tests and the property helper). */
    TreeMap<String, JsonNode> leaves() {
        return state.leaves();
    }
}
