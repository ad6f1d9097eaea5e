package dev.chronoscope.store;

import dev.chronoscope.event.Event;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

/**
 * Prints store figures (not a test): append rate, store size against the JSON size, reopen time,
 * random event() latency. Run: java -Xmx512m -cp ... dev.chronoscope.store.StoreBench [events]
 */
public final class StoreBench {
    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        Path dir = TestEvents.tempDir("store-bench");
        Random r = new Random(1);
        int pool = 4096;
        Event[] events = new Event[pool];
        long jsonBytesPool = 0;
        for (int i = 0; i < pool; i++) {
            events[i] = TestEvents.kernelEvent(i, r);
            jsonBytesPool += TestEvents.kernelJson(i, new Random(i)).getBytes(StandardCharsets.UTF_8).length + 1;
        }
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fp = TestEvents.fingerprint("bench");
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        LogStore store;
        try (LogStoreWriter w = catalog.create(fp, 0)) {
            for (long i = 0; i < n; i++) {
                Event e = events[(int) (i % pool)];
                w.append(new Event(i, e.time() + (i / pool) * 4_096_000L, e.type(), e.lane(), e.severity(), "ev-" + i,
                        e.duration(), e.chain(), e.links(), e.clock(), e.record(), e.body(), i + 1));
            }
            long t1 = System.nanoTime();
            long c1 = mx.getCurrentThreadCpuTime();
            System.out.printf("append: %d events in %.2f s wall = %.2f M events/s; %.2f s CPU = %.2f M events/CPU-s%n",
                    n, (t1 - t0) / 1e9, n / ((t1 - t0) / 1e3), (c1 - c0) / 1e9, n / ((c1 - c0) / 1e3));
            store = w.commit();
            long t2 = System.nanoTime();
            long c2 = mx.getCurrentThreadCpuTime();
            System.out.printf("commit: %.2f s wall, %.2f s CPU; whole ingest %.2f M events/CPU-s%n",
                    (t2 - t1) / 1e9, (c2 - c1) / 1e9, n / ((c2 - c0) / 1e3));
        }
        long json = jsonBytesPool * n / pool;
        System.out.printf("store size %d MB, JSON ~%d MB, ratio %.2f%n", store.sizeOnDisk() >> 20, json >> 20, store.sizeOnDisk() / (double) json);
        store.close();
        long t3 = System.nanoTime();
        store = catalog.openComplete(fp).orElseThrow();
        long t4 = System.nanoTime();
        System.out.printf("reopen: %.1f ms%n", (t4 - t3) / 1e6);
        Random q = new Random(7);
        long sum = 0;
        int probes = 20000;
        long t5 = System.nanoTime();
        for (int i = 0; i < probes; i++) sum += store.event((long) (q.nextDouble() * n)).offset();
        long t6 = System.nanoTime();
        System.out.printf("random event(k): %.1f us each (%d)%n", (t6 - t5) / 1e3 / probes, sum % 10);
        long t7 = System.nanoTime();
        for (int i = 0; i < probes; i++) sum += store.offsetsOfId("ev-" + (long) (q.nextDouble() * n)).length;
        long t8 = System.nanoTime();
        System.out.printf("random offsetsOfId: %.1f us each%n", (t8 - t7) / 1e3 / probes);
        long[] count = {0};
        long t9 = System.nanoTime();
        store.scan(0, Math.min(n, 1_000_000), e -> count[0]++);
        long t10 = System.nanoTime();
        System.out.printf("scan: %.2f M events/s%n", count[0] / ((t10 - t9) / 1e3));
        store.close();
        catalog.evict(fp);
    }
}
