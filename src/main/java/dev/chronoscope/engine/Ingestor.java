package dev.chronoscope.engine;

import dev.chronoscope.causality.CausalityBuilder;
import dev.chronoscope.event.Event;
import dev.chronoscope.ingest.Ingestion;
import dev.chronoscope.ingest.LogInput;
import dev.chronoscope.ingest.ReadError;
import dev.chronoscope.profile.Profile;
import dev.chronoscope.profile.ProfileException;
import dev.chronoscope.profile.Profiles;
import dev.chronoscope.replay.Change;
import dev.chronoscope.replay.Projections;
import dev.chronoscope.replay.ReplayBuilder;
import dev.chronoscope.store.LogStore;
import dev.chronoscope.store.LogStoreWriter;
import dev.chronoscope.query.FilterGaveUpException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * One cold ingest, as a pipeline of two threads so that both cores stay busy: one thread parses
 * and maps records into numbered events and runs the profile's fold on each (state changes, path
 * index, checkpoints), and the calling thread stores each event and derives its causal edges,
 * which need the changes the fold found. Cancellation is checked by both stages and between
 * batches; a cancelled or failed ingest aborts the writer, so nothing half-done is ever committed.
 */
final class Ingestor {
    private static final long PROGRESS_EVERY_NANOS = 100_000_000L;

    /** An event and those of its state changes that causality reads, handed from the fold to the store stage. */
    private record Folded(Event event, List<Change> changes) {}

    private final LogInput input;
    private final Ingestion ingestion;
    private final IngestListener listener;
    private final CancelToken cancel;
    /** Set when a stage fails, so that the others stop waiting on it (the caller's token may be NEVER). */
    private volatile boolean failed;
    private long lastProgress;
    /** Written by the fold thread; read by the calling thread only after joining it. */
    private ReplayBuilder replay;
    /** Set by the fold thread when finishing its index fails; read after joining it. */
    private Throwable foldFinishFailure;
    private final StageTimes stageTimes = StageTimes.fromSystemProperty();

    Ingestor(LogInput input, Ingestion ingestion, IngestListener listener, CancelToken cancel) {
        this.input = input;
        this.ingestion = ingestion;
        this.listener = listener;
        this.cancel = cancel;
    }

    /** Adapts the reader's error reports to the engine's listener. */
    static Ingestion.Listener errorsTo(IngestListener listener) {
        return new Ingestion.Listener() {
            @Override
            public void error(ReadError error) {
                listener.error(IngestErrors.of(error));
            }
        };
    }

    /** Fills the writer and commits it; the writer is aborted on failure or cancellation. */
    LogStore ingest(LogStoreWriter writer) throws LogOpenException {
        BatchPipe<Folded> folded = new BatchPipe<>(this::halted);
        Thread folder = new Thread(() -> readAndFold(folded, writer), "chronoscope-read-fold");
        folder.setDaemon(true);
        long start = System.nanoTime();
        StageTimes.Stage storing = stageTimes.stage("store");
        try {
            CausalityBuilder causality = new CausalityBuilder(writer);
            folder.start();
            List<Folded> batch;
            while ((batch = folded.take()) != null) {
                store(batch, writer, causality);
                report(writer.eventCount(), start, "ingesting");
            }
            Throwable failure = folded.failure();
            stageTimes.mark("pipeline done");
            // the fold thread builds its path index meanwhile, so this thread does the serial tail's
            // other long part now: merging the id index, which counting duplicate ids needs
            if (failure == null && !halted()) {
                causality.finish();
                writer.duplicateIds();
            }
            folder.join();
            if (failure == null) failure = foldFinishFailure;
            if (failure != null) throw failure(failure);
            if (cancel.isCancelled()) throw new IngestCancelledException(input.path().toString());
            stageTimes.mark("causality and path index finished");
            report(writer.eventCount(), start, "indexing");
            Summaries.write(writer, input, ingestion, replay.ruleMisses());
            LogStore store = writer.commit();
            stageTimes.mark("committed");
            storing.close();
            stageTimes.report(start);
            lastProgress = 0;
            report(store.eventCount(), start, "ready");
            return store;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed = true;
            cancel.cancel();
            awaitQuietly(folder);
            writer.abort();
            throw new IngestCancelledException(input.path().toString());
        } catch (LogOpenException | RuntimeException | Error e) {
            failed = true;
            cancel.cancel();
            awaitQuietly(folder);
            writer.abort();
            throw e;
        }
    }

    /**
     * The store stage's work on one batch, in a method of its own so that the JIT compiles it as
     * one rather than as an on-stack replacement inside {@link #ingest}.
     */
    private static void store(List<Folded> batch, LogStoreWriter writer, CausalityBuilder causality) {
        for (int i = 0, n = batch.size(); i < n; i++) {
            Folded f = batch.get(i);
            writer.append(f.event());
            causality.accept(f.event(), f.changes());
        }
    }

    /** The fold thread writes to the store, so it must be gone before the store is dropped. */
    private static void awaitQuietly(Thread stage) {
        boolean interrupted = Thread.interrupted();
        while (stage.isAlive()) {
            try {
                stage.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private boolean halted() {
        return failed || cancel.isCancelled();
    }

    /** The fold for the profile the reader chose; a profile that does not compile stops the open. */
    private ReplayBuilder replayFor(LogStoreWriter writer) throws LogOpenException {
        Profile profile = ingestion.profile() != null ? ingestion.profile() : Profiles.generic();
        try {
            return new ReplayBuilder(profile, Projections.forProfile(profile), writer);
        } catch (ProfileException e) {
            // its message starts with the profile's file, line and column, as a reading error's does
            throw new LogOpenException(e.getMessage(), e);
        }
    }

    /**
     * The reading and folding stage. The fold is created after the first record, because the
     * profile is known only once the reader has looked at the log. Each event is folded on the
     * thread that has just parsed it, while its tree is still in this core's cache: handing trees
     * to a third thread cost more CPU than it spread (ADR 0004). Once its last batch is handed on,
     * the fold builds its path index here, beside the store stage's last batches and causality's
     * finish rather than after them.
     */
    private void readAndFold(BatchPipe<Folded> out, LogStoreWriter writer) {
        Throwable failure = null;
        try (StageTimes.Stage ignored = stageTimes.stage("read and fold")) {
            Event e;
            long bytesBefore = 0;
            while ((e = ingestion.next()) != null) {
                if (replay == null) replay = replayFor(writer);
                Folded folded = new Folded(e, CausalityBuilder.changesOfInterest(replay.accept(e)));
                long bytes = ingestion.bytesRead();
                if (!out.put(folded, bytes - bytesBefore)) break;
                bytesBefore = bytes;
            }
            if (replay == null && !cancel.isCancelled()) replay = replayFor(writer);
        } catch (CancellationException e) {
            cancel.cancel();
        } catch (Throwable t) {
            failure = t;
            failed = true;
        } finally {
            try {
                out.finish(failure);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure != null || halted() || replay == null) return;
        try (StageTimes.Stage ignored = stageTimes.stage("fold finish")) {
            replay.finish();
        } catch (Throwable t) {
            foldFinishFailure = t;
            failed = true;
        }
    }

    private LogOpenException failure(Throwable t) {
        if (t instanceof LogOpenException open) return open;
        String log = input.path().toString();
        if (t instanceof IOException io) return new LogOpenException(log + ": cannot be read: " + io.getMessage(), io);
        if (t instanceof FilterGaveUpException gaveUp) {
            return new LogOpenException(log + ": a profile rule's \"when\" gave up, " + gaveUp.getMessage(), gaveUp);
        }
        return new LogOpenException(log + ": reading failed: " + t, t);
    }

    private void report(long events, long start, String phase) {
        long now = System.nanoTime();
        if (phase.equals("ingesting") && now - lastProgress < PROGRESS_EVERY_NANOS) return;
        lastProgress = now;
        double seconds = (now - start) / 1e9;
        listener.progress(new IngestProgress(phase, ingestion.bytesRead(), input.totalBytes(), events,
                seconds <= 0 ? 0 : events / seconds));
    }
}
