package dev.chronoscope.causality;

import dev.chronoscope.event.Event;
import dev.chronoscope.store.LogStore;
import dev.chronoscope.store.Fingerprint;
import dev.chronoscope.store.LogStoreWriter;
import dev.chronoscope.store.StoreCatalog;
import dev.chronoscope.store.Stores;
import java.util.List;
import java.util.function.Supplier;

/**
 * Prints how long ingest-time edge building and full slices take on a generated vector-clock log
 * (a measurement for the report, run by hand: it asserts nothing). Argument: event count.
 */
public final class SliceMeasure {
    private SliceMeasure() {}

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        measure(events, MemoryStore::new, "memory store");
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("slice-measure");
            StoreCatalog catalog = Stores.catalog(dir);
            measure(events, () -> catalog.create(new Fingerprint("slice-measure", "slice measure"), 0), "MapDB store");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Builds the graph of a random clock log in the writer the supplier gives, then times slices. */
    public static void measure(int events, Supplier<? extends LogStoreWriter> writers, String label) {
        List<Event> log = RandomClockLog.run(42, 8, events);
        LogStoreWriter writer = writers.get();
        long t0 = System.nanoTime();
        CausalityBuilder builder = new CausalityBuilder(writer);
        for (Event e : log) {
            writer.append(e);
            builder.accept(e, List.of());
        }
        builder.finish();
        LogStore store = writer.commit();
        long t1 = System.nanoTime();
        CausalGraph graph = CausalGraphs.open(store);
        System.out.printf("%s: %d events, %d edges, build %.1f ms (%.0f events/s)%n", label, events, graph.edgeCount(),
                (t1 - t0) / 1e6, events / ((t1 - t0) / 1e9));
        for (int round = 0; round < 5; round++) {
            long s0 = System.nanoTime();
            long[] causes = graph.causes(events - 1, 0);
            long s1 = System.nanoTime();
            long[] effects = graph.effects(0, 0);
            long s2 = System.nanoTime();
            System.out.printf("  round %d: causes(last) %d offsets in %.1f ms; effects(0) %d offsets in %.1f ms%n", round,
                    causes.length, (s1 - s0) / 1e6, effects.length, (s2 - s1) / 1e6);
        }
        SpaceTimeLayout layout = new SpaceTimeLayout(graph, store::laneIndex, store.eventCount(), store.lanes().size());
        for (int round = 0; round < 3; round++) {
            long l0 = System.nanoTime();
            SpaceTimeLayout.Window w = layout.window(events / 3 + round * 1000L, 60);
            long l1 = System.nanoTime();
            System.out.printf("  layout window of 60 rows at row %d: %d nodes, %d arrows in %.1f ms%n",
                    events / 3 + round * 1000, w.nodes().size(), w.arrows().size(), (l1 - l0) / 1e6);
        }
        long r0 = System.nanoTime();
        long rows = layout.rowCount();
        System.out.printf("  layout rows: %d of %d events, counted in %.1f ms%n", rows, events, (System.nanoTime() - r0) / 1e6);
        store.close();
    }
}
