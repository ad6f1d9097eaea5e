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
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * One cold ingest: a reading thread parses and maps records into numbered events, and the calling
 * thread stores, folds and links them, so that the two halves of the work use both cores.
 * Cancellation is checked by the reader and between batches; a cancelled or failed ingest aborts
 * the writer, so nothing half-done is ever committed.
 */
final class Ingestor {
    private static final long PROGRESS_EVERY_NANOS = 100_000_000L;

    private final LogInput input;
    private final Ingestion ingestion;
    private final IngestListener listener;
    private final CancelToken cancel;
    private long lastProgress;

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
        BatchPipe pipe = new BatchPipe(cancel);
        Thread reader = new Thread(() -> read(pipe), "chronoscope-reader");
        reader.setDaemon(true);
        long start = System.nanoTime();
        try {
            reader.start();
            ReplayBuilder replay = null;
            CausalityBuilder causality = new CausalityBuilder(writer);
            List<Event> batch;
            while ((batch = pipe.take()) != null) {
                if (replay == null) replay = replayFor(writer);
                for (Event e : batch) {
                    writer.append(e);
                    List<Change> changes = replay.accept(e);
                    causality.accept(e, changes);
                }
                report(writer.eventCount(), start, "ingesting");
            }
            reader.join();
            if (cancel.isCancelled()) throw new IngestCancelledException(input.path().toString());
            Throwable failure = pipe.failure();
            if (failure != null) throw failure(failure);
            if (replay == null) replay = replayFor(writer);
            replay.finish();
            causality.finish();
            report(writer.eventCount(), start, "indexing");
            Summaries.write(writer, input, ingestion, replay.ruleMisses());
            LogStore store = writer.commit();
            lastProgress = 0;
            report(store.eventCount(), start, "ready");
            return store;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel.cancel();
            writer.abort();
            throw new IngestCancelledException(input.path().toString());
        } catch (LogOpenException | RuntimeException | Error e) {
            cancel.cancel();
            writer.abort();
            throw e;
        }
    }

    /** The fold for the profile the reader chose; a profile that does not compile stops the open. */
    private ReplayBuilder replayFor(LogStoreWriter writer) throws LogOpenException {
        Profile profile = ingestion.profile() != null ? ingestion.profile() : Profiles.generic();
        try {
            return new ReplayBuilder(profile, Projections.forProfile(profile), writer);
        } catch (ProfileException e) {
            throw new LogOpenException("profile " + profile.name() + ": " + e.getMessage(), e);
        }
    }

    private void read(BatchPipe pipe) {
        Throwable failure = null;
        try {
            Event e;
            while ((e = ingestion.next()) != null) {
                if (!pipe.put(e)) break;
            }
        } catch (CancellationException e) {
            cancel.cancel();
        } catch (Throwable t) {
            failure = t;
        } finally {
            try {
                pipe.finish(failure);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private LogOpenException failure(Throwable t) {
        String log = input.path().toString();
        if (t instanceof IOException io) return new LogOpenException(log + ": cannot be read: " + io.getMessage(), io);
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
