package dev.chronoscope.app;

import dev.chronoscope.engine.CancelToken;
import dev.chronoscope.engine.IngestCancelledException;
import dev.chronoscope.engine.IngestError;
import dev.chronoscope.engine.IngestListener;
import dev.chronoscope.engine.IngestProgress;
import dev.chronoscope.engine.LogOpenException;
import dev.chronoscope.engine.LogSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * One log being opened on its own thread. It may start before any window exists: the app begins
 * opening its first log while the FX toolkit is still starting. Progress and bad records reported
 * before someone {@linkplain #attach attaches} wait here, and the outcome reaches the FX thread
 * only once it is known and attached.
 *
 * <p>An open {@linkplain #startHoldingIngest started before its window} finds its cache (or learns
 * there is none) at once, but an ingest waits until {@link #releaseIngest}: on two cores the ingest's
 * threads would otherwise take the CPU the window needs to show.
 */
final class PendingOpen {
    /** The longest an ingest is held: a window that never shows must not stall its log. */
    static final long MAX_HOLD_MILLIS = 3_000;

    /** What the open came to: a log, or a failure message ("" when cancelled). */
    record Outcome(OpenLog log, String failure, double seconds) {}

    private final Path log;
    private final CancelToken token = new CancelToken();
    private final long started = System.nanoTime();
    private final CountDownLatch ingestHeld;
    private IngestListener listener;
    private IngestProgress unreportedProgress;
    private final List<IngestError> unreportedErrors = new ArrayList<>();
    private Outcome outcome;
    private Consumer<Outcome> onDone;

    /** What the ingest reports, kept here until someone attaches. */
    private final IngestListener relay = new IngestListener() {
        @Override
        public void progress(IngestProgress p) {
            // The engine reports progress first when it has found no cache and is about to ingest.
            waitForRelease();
            synchronized (PendingOpen.this) {
                if (listener == null) unreportedProgress = p;
                else listener.progress(p);
            }
        }

        @Override
        public void error(IngestError e) {
            synchronized (PendingOpen.this) {
                if (listener == null) unreportedErrors.add(e);
                else listener.error(e);
            }
        }
    };

    private PendingOpen(Path log, boolean holdIngest) {
        this.log = log;
        this.ingestHeld = new CountDownLatch(holdIngest ? 1 : 0);
    }

    static PendingOpen start(SessionOpener opener, Path log) {
        return start(opener, log, false);
    }

    /** Starts an open whose ingest, if the log has no cache, waits for {@link #releaseIngest}. */
    static PendingOpen startHoldingIngest(SessionOpener opener, Path log) {
        return start(opener, log, true);
    }

    private static PendingOpen start(SessionOpener opener, Path log, boolean holdIngest) {
        PendingOpen open = new PendingOpen(log, holdIngest);
        Thread worker = new Thread(() -> open.run(opener), "chronoscope-open");
        worker.setDaemon(true);
        worker.start();
        return open;
    }

    Path log() {
        return log;
    }

    CancelToken token() {
        return token;
    }

    void releaseIngest() {
        ingestHeld.countDown();
    }

    private void waitForRelease() {
        if (ingestHeld.getCount() == 0) return;
        long deadline = System.nanoTime() + MAX_HOLD_MILLIS * 1_000_000;
        try {
            while (!token.isCancelled() && System.nanoTime() < deadline) {
                if (ingestHeld.await(20, TimeUnit.MILLISECONDS)) break;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        releaseIngest();
    }

    /** True once the open has succeeded, failed or been cancelled. */
    synchronized boolean ended() {
        return outcome != null;
    }

    /**
     * From now on progress and errors go to listener (those reported earlier first), on the ingest's
     * threads; the outcome goes to onDone on the FX thread. Call once, on the FX thread.
     */
    void attach(IngestListener listener, Consumer<Outcome> onDone) {
        Outcome known;
        synchronized (this) {
            if (this.listener != null) throw new IllegalStateException("already attached: " + log);
            if (unreportedProgress != null) listener.progress(unreportedProgress);
            unreportedErrors.forEach(listener::error);
            unreportedProgress = null;
            unreportedErrors.clear();
            this.listener = listener;
            this.onDone = onDone;
            known = outcome;
        }
        if (known != null) Platform.runLater(() -> onDone.accept(known));
    }

    private void run(SessionOpener opener) {
        OpenLog opened = null;
        String failure = null;
        try {
            LogSession session = opener.open(log, relay, token);
            try {
                opened = OpenLog.capture(log, session);
            } catch (RuntimeException e) {
                session.close();
                throw e;
            }
        } catch (IngestCancelledException e) {
            failure = "";
        } catch (LogOpenException e) {
            failure = e.getMessage();
        } catch (RuntimeException e) {
            failure = "Could not open " + log + ": " + e;
        }
        Outcome done = new Outcome(opened, failure, (System.nanoTime() - started) / 1e9);
        Consumer<Outcome> then;
        synchronized (this) {
            outcome = done;
            then = onDone;
        }
        if (then != null) Platform.runLater(() -> then.accept(done));
    }

}
