package dev.chronoscope.app;

import dev.chronoscope.engine.CancelToken;
import dev.chronoscope.engine.IngestError;
import dev.chronoscope.engine.IngestListener;
import dev.chronoscope.engine.IngestProgress;
import java.nio.file.Path;
import dev.chronoscope.store.Stores;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Opens logs in the background ({@link PendingOpen}): progress and bad records stream to
 * {@link OpenView}, Cancel stops the ingest, and a failure is reported while the previously open log
 * stays as it was.
 */
final class OpenController {
    private final SessionOpener opener;
    private final AppController app;
    private final OpenView view;
    private final AppPrefs prefs;
    private final Consumer<String> onFailure;
    private final Consumer<Runnable> whenReady;
    private final ReadOnlyObjectWrapper<Path> opening = new ReadOnlyObjectWrapper<>();
    private CancelToken current;
    /** Logs whose damaged cache this window has had ingested again. */
    private final Set<Path> rebuilt = new HashSet<>();

    /** @param whenReady runs what shows an opened log once the window can show one */
    OpenController(SessionOpener opener, AppController app, OpenView view, AppPrefs prefs, Consumer<String> onFailure,
                   Consumer<Runnable> whenReady) {
        this.opener = opener;
        this.app = app;
        this.view = view;
        this.prefs = prefs;
        this.onFailure = onFailure;
        this.whenReady = whenReady;
        view.onCancel(this::cancel);
    }

    /** The log being opened, or null. */
    ReadOnlyObjectProperty<Path> opening() {
        return opening.getReadOnlyProperty();
    }

    void cancel() {
        if (current != null) current.cancel();
    }

    void open(Path log) {
        adopt(PendingOpen.start(opener, log));
    }

    /**
     * When a failure of background work comes from damage inside the open log's cache file, ingests
     * the log again into a new cache while it stays on screen, as the command line does, and says
     * so; returns whether it was such damage. Damage shows up only when a read reaches it (opening
     * checks the completeness mark, not every byte). Once per log and window: a bug in the store
     * looks the same as damage, and must not rebuild in a loop.
     */
    boolean rebuildIfDamaged(Throwable failure) {
        OpenLog log = app.model().log.get();
        if (log == null || !Stores.isDamagedCache(failure)) return false;
        String name = String.valueOf(log.path().getFileName());
        if (rebuilt.add(log.path())) {
            app.model().status.set("The cache of " + name + " is damaged (" + Stores.describeDamage(failure)
                    + "); ingesting the log again");
            adopt(PendingOpen.start(opener.rebuilding(), log.path()));
        } else if (current == null) {
            app.model().status.set("Error: the cache of " + name + " is damaged again after it was rebuilt ("
                    + Stores.describeDamage(failure) + ")");
        }
        return true;
    }

    /** Shows the progress of an open that may have started before this window, and its outcome. */
    void adopt(PendingOpen pending) {
        cancel();
        Path log = pending.log();
        CancelToken token = pending.token();
        current = token;
        opening.set(log);
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
        app.background().begin();
        pending.attach(listener, outcome -> whenReady.accept(() -> {
            try {
                finish(log, token, outcome.log(), outcome.failure(), outcome.seconds());
            } finally {
                app.background().end();
            }
        }));
    }

    private void finish(Path log, CancelToken token, OpenLog result, String failure, double seconds) {
        if (current != token) {
            // A newer open replaced this one.
            if (result != null) result.session().close();
            return;
        }
        current = null;
        try {
            show(log, token, result, failure, seconds);
        } finally {
            opening.set(null);
        }
    }

    private void show(Path log, CancelToken token, OpenLog result, String failure, double seconds) {
        if (result != null && token.isCancelled()) {
            result.session().close();
            view.cancelled(log);
            return;
        }
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
        // A rate says how fast an ingest went; opening a cache reads no events, so it gets none.
        boolean fromCache = "hit".equals(result.summary().cache());
        app.model().status.set(fromCache
                ? String.format("Opened (from the cache) in %.1f s", seconds)
                : String.format("Opened (ingested) in %.1f s, %,.0f events/s", seconds, result.count() / Math.max(seconds, 1e-3)));
    }
}
