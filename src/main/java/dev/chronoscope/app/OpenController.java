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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Opens logs in the background: progress and bad records stream to {@link OpenView}, Cancel stops
 * the ingest, and a failure is reported while the previously open log stays as it was.
 */
final class OpenController {
    private final SessionOpener opener;
    private final AppController app;
    private final OpenView view;
    private final AppPrefs prefs;
    private final Consumer<String> onFailure;
    private CancelToken current;

    OpenController(SessionOpener opener, AppController app, OpenView view, AppPrefs prefs, Consumer<String> onFailure) {
        this.opener = opener;
        this.app = app;
        this.view = view;
        this.prefs = prefs;
        this.onFailure = onFailure;
        view.onCancel(this::cancel);
    }

    boolean opening() {
        return current != null;
    }

    void cancel() {
        if (current != null) current.cancel();
    }

    void open(Path log) {
        cancel();
        CancelToken token = new CancelToken();
        current = token;
        view.started(log);
        FxCoalescer<IngestProgress> progress = new FxCoalescer<>(p -> {
            if (current == token) view.progress(p);
        });
        ConcurrentLinkedQueue<IngestError> errors = new ConcurrentLinkedQueue<>();
        FxCoalescer<Boolean> errorsChanged = new FxCoalescer<>(b -> {
            List<IngestError> batch = new ArrayList<>();
            for (IngestError e; (e = errors.poll()) != null; ) batch.add(e);
            if (current == token) view.addErrors(batch);
        });
        IngestListener listener = new IngestListener() {
            @Override
            public void progress(IngestProgress p) {
                progress.publish(p);
            }

            @Override
            public void error(IngestError e) {
                errors.add(e);
                errorsChanged.publish(Boolean.TRUE);
            }
        };
        long started = System.nanoTime();
        Thread worker = new Thread(() -> run(log, listener, token, started), "chronoscope-open");
        worker.setDaemon(true);
        app.background().begin();
        worker.start();
    }

    private void run(Path log, IngestListener listener, CancelToken token, long started) {
        OpenLog opened = null;
        String failure = null;
        try {
            LogSession session = opener.open(log, listener, token);
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
        OpenLog result = opened;
        String message = failure;
        Platform.runLater(() -> {
            try {
                finish(log, token, result, message, (System.nanoTime() - started) / 1e9);
            } finally {
                app.background().end();
            }
        });
    }

    private void finish(Path log, CancelToken token, OpenLog result, String failure, double seconds) {
        boolean stale = current != token;
        if (!stale) current = null;
        if (result != null && (stale || token.isCancelled())) {
            result.session().close();
            if (!stale) view.cancelled(log);
            return;
        }
        if (stale) return;
        if (result == null) {
            if (failure == null || failure.isEmpty() || token.isCancelled()) view.cancelled(log);
            else {
                view.failed(log, failure);
                onFailure.accept(failure);
            }
            return;
        }
        prefs.addRecent(log);
        view.finished(result.summary());
        app.show(result);
        String how = "hit".equals(result.summary().cache()) ? "from the cache" : "ingested";
        app.model().status.set(String.format("Opened (%s) in %.1f s, %,.0f events/s", how, seconds,
                result.count() / Math.max(seconds, 1e-3)));
    }
}
