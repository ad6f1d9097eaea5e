package dev.chronoscope.app;

import dev.chronoscope.engine.CancelToken;
import dev.chronoscope.engine.LogSession;
import dev.chronoscope.query.Filter;
import dev.chronoscope.query.FilterGaveUpException;
import dev.chronoscope.query.QueryException;

/**
 * The commands of the window (cursor moves, filter, matches, markers), run on the FX thread. Every
 * question to the store goes to the cursor thread or the background pool; answers come back to the
 * model on the FX thread.
 */
final class AppController {
    /** Enough matches to fill the table of any filter a user reads; F3 still searches the whole log. */
    static final int MATCH_LIMIT = 2_000_000;

    private final AppModel model;
    private final Background background;
    private final CausalController causal;
    private CursorWorker cursorWorker;
    private CancelToken filterToken = new CancelToken();
    private long filterGeneration;
    private boolean closed;

    AppController(AppModel model, Background background) {
        this.model = model;
        this.background = background;
        causal = new CausalController(model, background);
    }

    AppModel model() {
        return model;
    }

    Background background() {
        return background;
    }

    /** Shows a newly opened log; the previous one is closed only now that the new one works. */
    void show(OpenLog log) {
        OpenLog previous = model.log.get();
        if (cursorWorker != null) cursorWorker.close();
        filterToken.cancel();
        model.filter.set(null);
        model.matches.set(null);
        model.filterError.set("");
        model.markerA.set(null);
        model.markerB.set(null);
        model.bookmarks.clear();
        model.cursor.set(null);
        model.selected.set(null);
        model.log.set(log);
        cursorWorker = new CursorWorker(log, background, this::onCursor);
        moveTo(log.count() > 0 ? 0 : -1);
        if (previous != null) background.run(() -> {
            previous.session().close();
            return previous;
        }, p -> { });
    }

    private void onCursor(CursorView view) {
        model.cursor.set(view);
        model.selected.set(view.event());
        if (view.offset() == model.requestedOffset.get()) model.dragPosition.set(null);
    }

    void moveTo(long offset) {
        if (cursorWorker == null) return;
        long k = Math.max(-1, Math.min(model.eventCount() - 1, offset));
        model.requestedOffset.set(k);
        cursorWorker.request(CursorWorker.Target.offset(k));
    }

    void step(long delta) {
        moveTo(model.requestedOffset.get() + delta);
    }

    /** Drag-scrub: the line follows the mouse now, the state follows as fast as seeks finish. */
    void scrubTo(long position) {
        if (cursorWorker == null) return;
        model.dragPosition.set(position);
        model.requestedOffset.set(Long.MIN_VALUE);
        cursorWorker.request(CursorWorker.Target.position(position));
    }

    void endScrub() {
        CursorView v = model.cursor.get();
        if (v != null && model.requestedOffset.get() == Long.MIN_VALUE) model.requestedOffset.set(v.offset());
        model.dragPosition.set(null);
    }

    void setFilter(String text) {
        LogSession session = model.session();
        if (session == null) return;
        filterToken.cancel();
        CancelToken token = new CancelToken();
        filterToken = token;
        long generation = ++filterGeneration;
        long count = model.eventCount();
        background.run(() -> {
            try {
                if (text.isBlank()) return new FilterResult(null, null, "");
                Filter f = session.parseFilter(text);
                long[] found = session.find(f, 0, count, MATCH_LIMIT, token);
                return new FilterResult(f, found, "");
            } catch (QueryException | FilterGaveUpException e) {
                return new FilterResult(null, null, e.getMessage());
            }
        }, r -> {
            if (generation != filterGeneration || token.isCancelled()) return;
            model.filterError.set(r.error());
            if (!r.error().isEmpty()) return;
            model.filter.set(r.filter());
            model.matches.set(r.matches());
            model.status.set(r.filter() == null ? "" : r.matches().length + " matching events");
        });
    }

    private record FilterResult(Filter filter, long[] matches, String error) {}

    /** F3 / Shift+F3: the next or previous match from the cursor, wrapping around the log. */
    void nextMatch(boolean forward) {
        LogSession session = model.session();
        Filter f = model.filter.get();
        if (session == null || f == null) return;
        long from = model.requestedOffset.get();
        if (from == Long.MIN_VALUE && model.cursor.get() != null) from = model.cursor.get().offset();
        long start = from;
        long count = model.eventCount();
        background.run(() -> {
            long k = forward ? session.nextMatch(f, start, CancelToken.NEVER) : session.previousMatch(f, start, CancelToken.NEVER);
            boolean wrapped = false;
            if (k < 0) {
                wrapped = true;
                k = forward ? session.nextMatch(f, -1, CancelToken.NEVER) : session.previousMatch(f, count, CancelToken.NEVER);
            }
            return new long[] {k, wrapped ? 1 : 0};
        }, r -> {
            if (r[0] < 0) {
                model.status.set("No event matches " + f.text());
                return;
            }
            model.status.set(r[1] == 1 ? "Search wrapped around the log" : "");
            moveTo(r[0]);
        });
    }

    void toggleBookmark() {
        CursorView v = model.cursor.get();
        if (v == null || v.offset() < 0) return;
        if (model.bookmarks.remove(v.offset()) == null) model.bookmarks.put(v.offset(), v.position());
    }

    void setMarker(boolean a) {
        CursorView v = model.cursor.get();
        if (v == null) return;
        (a ? model.markerA : model.markerB).set(new AppModel.Marker(v.offset(), v.position()));
    }

    void close(boolean closeLog) {
        if (closed) return;
        closed = true;
        if (cursorWorker != null) cursorWorker.close();
        causal.close();
        background.shutdown();
        OpenLog log = model.log.get();
        if (closeLog && log != null) log.session().close();
    }
}
