package dev.chronoscope.app;

import dev.chronoscope.causality.CausalGraph;
import dev.chronoscope.causality.Finding;
import dev.chronoscope.engine.LogSession;
import dev.chronoscope.store.TimelineAxis;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the model's causal facts current: the cursor event's slice at the chosen depth (recomputed
 * when either changes) and the open log's findings. The graph is asked off the FX thread only: slices
 * on their own thread, newest request first (a scrub skips the slices of the events it passes),
 * findings on the background pool.
 */
final class CausalController implements AutoCloseable {
    private final AppModel model;
    private final Background background;
    private final LatestOnlyWorker<Request, Answer> slices;

    private record Request(OpenLog log, long offset, int depth) {}

    private record Answer(Request request, CausalSlice slice) {}

    CausalController(AppModel model, Background background) {
        this.model = model;
        this.background = background;
        slices = new LatestOnlyWorker<>("chronoscope-slice", background,
                r -> new Answer(r, slice(r.log().session(), r.offset(), r.depth())), this::answered);
        model.cursor.addListener(o -> reloadSlice());
        model.sliceDepth.addListener(o -> reloadSlice());
        model.log.addListener((o, a, log) -> {
            model.slice.set(null);
            model.findings.clear();
            if (log != null) loadFindings(log);
        });
    }

    private Request current() {
        OpenLog log = model.log.get();
        CursorView v = model.cursor.get();
        if (log == null || v == null || v.offset() < 0) return null;
        return new Request(log, v.offset(), model.sliceDepth.get());
    }

    private void reloadSlice() {
        Request r = current();
        if (r == null) model.slice.set(null);
        else slices.request(r);
    }

    /** Keeps an answer only while it still fits the cursor and the depth. */
    private void answered(Answer a) {
        if (a.request().equals(current())) model.slice.set(a.slice());
    }

    @Override
    public void close() {
        slices.close();
    }

    static CausalSlice slice(LogSession session, long k, int depth) {
        CausalGraph graph = session.causality();
        long[] causes = graph.causes(k, depth);
        long[] effects = graph.effects(k, depth);
        return new CausalSlice(k, depth, session.axis().position(k), session.laneIndex(k), causes, effects,
                CausalSlice.sorted(causes), CausalSlice.sorted(effects), marks(session, causes), marks(session, effects));
    }

    private static CausalSlice.Marks marks(LogSession session, long[] offsets) {
        int n = Math.min(offsets.length, CausalSlice.MARK_LIMIT);
        long[] ks = new long[n];
        long[] positions = new long[n];
        int[] lanes = new int[n];
        TimelineAxis axis = session.axis();
        for (int i = 0; i < n; i++) {
            ks[i] = offsets[i];
            positions[i] = axis.position(offsets[i]);
            lanes[i] = session.laneIndex(offsets[i]);
        }
        return new CausalSlice.Marks(ks, positions, lanes);
    }

    private void loadFindings(OpenLog log) {
        background.run(() -> {
            List<FindingMark> marks = new ArrayList<>();
            LogSession s = log.session();
            for (Finding f : s.causality().findings()) {
                long p = f.offset() >= 0 && f.offset() < log.count() ? s.axis().position(f.offset())
                        : log.scale().first();
                marks.add(new FindingMark(f.kind(), f.offset(), p, f.summary(), List.copyOf(f.subjects())));
            }
            marks.sort((a, b) -> Long.compare(a.offset(), b.offset()));
            return marks;
        }, marks -> {
            if (model.log.get() == log) model.findings.setAll(marks);
        });
    }
}
