package dev.chronoscope.app;

import dev.chronoscope.causality.CausalGraph;
import dev.chronoscope.causality.Finding;
import dev.chronoscope.engine.LogSession;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the model's causal facts current: the cursor event's slice at the chosen depth (recomputed
 * when either changes) and the open log's findings. The graph is asked on the background pool only;
 * an answer that a newer cursor move or depth change has overtaken is dropped.
 */
final class CausalController {
    private final AppModel model;
    private final Background background;
    private long generation;

    CausalController(AppModel model, Background background) {
        this.model = model;
        this.background = background;
        model.cursor.addListener(o -> reloadSlice());
        model.sliceDepth.addListener(o -> reloadSlice());
        model.log.addListener((o, a, log) -> {
            model.slice.set(null);
            model.findings.clear();
            if (log != null) loadFindings(log);
        });
    }

    private void reloadSlice() {
        OpenLog log = model.log.get();
        CursorView v = model.cursor.get();
        long gen = ++generation;
        if (log == null || v == null || v.offset() < 0) {
            model.slice.set(null);
            return;
        }
        long k = v.offset();
        int depth = model.sliceDepth.get();
        background.run(() -> slice(log.session(), k, depth), s -> {
            if (gen == generation && model.log.get() == log) model.slice.set(s);
        });
    }

    static CausalSlice slice(LogSession session, long k, int depth) {
        CausalGraph graph = session.causality();
        long[] causes = graph.causes(k, depth);
        long[] effects = graph.effects(k, depth);
        return new CausalSlice(k, depth, session.time(k), session.laneIndex(k), causes, effects,
                CausalSlice.sorted(causes), CausalSlice.sorted(effects), marks(session, causes), marks(session, effects));
    }

    private static CausalSlice.Marks marks(LogSession session, long[] offsets) {
        int n = Math.min(offsets.length, CausalSlice.MARK_LIMIT);
        long[] ks = new long[n];
        long[] times = new long[n];
        int[] lanes = new int[n];
        for (int i = 0; i < n; i++) {
            ks[i] = offsets[i];
            times[i] = session.time(offsets[i]);
            lanes[i] = session.laneIndex(offsets[i]);
        }
        return new CausalSlice.Marks(ks, times, lanes);
    }

    private void loadFindings(OpenLog log) {
        background.run(() -> {
            List<FindingMark> marks = new ArrayList<>();
            LogSession s = log.session();
            for (Finding f : s.causality().findings()) {
                long t = f.offset() >= 0 && f.offset() < log.count() ? s.time(f.offset()) : log.minTime();
                marks.add(new FindingMark(f.kind(), f.offset(), t, f.summary(), List.copyOf(f.subjects())));
            }
            marks.sort((a, b) -> Long.compare(a.offset(), b.offset()));
            return marks;
        }, marks -> {
            if (model.log.get() == log) model.findings.setAll(marks);
        });
    }
}
