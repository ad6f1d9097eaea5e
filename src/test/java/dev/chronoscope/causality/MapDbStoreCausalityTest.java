package dev.chronoscope.causality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chronoscope.event.Event;
import dev.chronoscope.event.Link;
import dev.chronoscope.store.Fingerprint;
import dev.chronoscope.store.LogStore;
import dev.chronoscope.store.LogStoreWriter;
import dev.chronoscope.store.StoreCatalog;
import dev.chronoscope.store.Stores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder's layout in the real MapDB store: the same graph after commit and after reopening. */
class MapDbStoreCausalityTest {
    @TempDir
    Path dir;

    @Test
    void graphSurvivesCommitAndReopen() {
        List<Event> log = new ArrayList<>(RandomClockLog.hostByHost(RandomClockLog.run(3, 4, 600)));
        int n = log.size();
        log.add(LinkEdgesTest.event(n, "a", null, new Link("parent", "b")));
        log.add(LinkEdgesTest.event(n + 1, "b", null, new Link("parent", "a")));
        log.add(LinkEdgesTest.event(n + 2, "c", null, new Link("parent", "nowhere")));
        CausalGraph expected = CausalGraphs.open(Ingest.run(log));

        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fingerprint = new Fingerprint("causality-test", "causality test");
        try (LogStoreWriter writer = catalog.create(fingerprint, 0)) {
            CausalityBuilder builder = new CausalityBuilder(writer);
            for (Event e : log) {
                writer.append(e);
                builder.accept(e, List.of());
            }
            builder.finish();
            writer.commit().close();
        }
        try (LogStore store = catalog.openComplete(fingerprint).orElseThrow()) {
            for (CausalGraph graph : List.of(CausalGraphs.open(store), new StoredCausalGraph(store, false))) {
                assertEquals(expected.edgeCount(), graph.edgeCount());
                assertEquals(1, graph.danglingCount());
                assertEquals(expected.findings(), graph.findings());
                for (long k = 0; k < log.size(); k += 7) {
                    assertEquals(expected.incoming(k), graph.incoming(k));
                    assertEquals(expected.outgoing(k), graph.outgoing(k));
                    assertArrayEquals(expected.causes(k, 0), graph.causes(k, 0));
                    assertArrayEquals(expected.effects(k, 2), graph.effects(k, 2));
                }
                assertArrayEquals(new long[] {n + 1}, graph.causes(n, 0));
                // Windows inside one key length and across 10, 100, 1000 (where decimal keys interleave).
                for (long[] w : new long[][] {{0, 30}, {5, 12}, {95, 105}, {990, 1_020}, {1_500, 3_700}, {n - 5, n + 10}}) {
                    assertEquals(edgesOneByOne(expected, w[0], w[1]), graph.edgesAround(w[0], w[1]), w[0] + ".." + w[1]);
                }
            }
        }
    }

    /** What edgesAround promises, from one incoming and one outgoing lookup per event. */
    private static List<Edge> edgesOneByOne(CausalGraph graph, long from, long to) {
        List<Edge> edges = new ArrayList<>();
        for (long k = from; k < to; k++) {
            edges.addAll(graph.incoming(k));
            for (Edge e : graph.outgoing(k)) if (e.to() < from || e.to() >= to) edges.add(e);
        }
        return edges;
    }
}
