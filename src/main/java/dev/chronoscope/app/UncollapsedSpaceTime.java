package dev.chronoscope.app;

import dev.chronoscope.causality.CausalGraph;
import dev.chronoscope.causality.Edge;
import dev.chronoscope.causality.SpaceTimeLayout;
import dev.chronoscope.engine.LogSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The space-time diagram with every event on its own row (the row is the offset), for when the
 * user turns collapsing off: no index is needed, a window is just the offsets it shows and the
 * edges touching them, in the same shapes {@link SpaceTimeLayout} produces. Unlike the collapsed
 * layout, whose runs hide what happens inside a lane, it keeps edges within a lane too: with every
 * event on its own row both ends can be drawn, and in a log with one lane they are all there is.
 */
final class UncollapsedSpaceTime {
    private UncollapsedSpaceTime() {}

    static SpaceTimeLayout.Window window(LogSession session, long count, long firstRow, int rows) {
        CausalGraph graph = session.causality();
        List<SpaceTimeLayout.Node> nodes = new ArrayList<>();
        Map<String, SpaceTimeLayout.Arrow> arrows = new LinkedHashMap<>();
        long end = Math.min(count, firstRow + rows);
        for (long k = Math.max(0, firstRow); k < end; k++) {
            nodes.add(new SpaceTimeLayout.Node(k, session.laneIndex(k), k, 1, true));
            for (Edge e : graph.incoming(k)) add(arrows, session, e);
            for (Edge e : graph.outgoing(k)) add(arrows, session, e);
        }
        return new SpaceTimeLayout.Window(firstRow, nodes, List.copyOf(arrows.values()));
    }

    private static void add(Map<String, SpaceTimeLayout.Arrow> arrows, LogSession session, Edge e) {
        int fromLane = session.laneIndex(e.from());
        int toLane = session.laneIndex(e.to());
        arrows.putIfAbsent(e.from() + ">" + e.to() + ":" + e.kind(), new SpaceTimeLayout.Arrow(e.from(), e.to(),
                e.from(), e.to(), fromLane, toLane, e.kind(), e.againstTime()));
    }
}
