package dev.chronoscope.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.Link;
import dev.chronoscope.event.Severity;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Prints store figures (not a test): append cost per event, store size against the JSON log's
 * size, reopen time, random event() and id lookups. Records are built fresh per event, as an
 * ingest would hand them over; their construction is measured separately and subtracted.
 * Run: java -Xmx512m -cp ... dev.chronoscope.store.StoreBench [events]
 */
public final class StoreBench {
    private static final String[] TYPES = {"sched_switch", "sched_wakeup", "sys_enter_read", "sys_exit_read", "irq_handler_entry"};
    private static final String[] COMMS = {"kworker/3:1", "java", "systemd-journal", "chrome", "Xorg", "pulseaudio"};
    private static final String[] LANES = {"cpu0", "cpu1", "cpu2", "cpu3", "cpu4", "cpu5", "cpu6", "cpu7"};
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 3_000_000;
        Path dir = TestEvents.tempDir("store-bench");
        StoreCatalog catalog = Stores.catalog(dir);
        run(catalog, TestEvents.fingerprint("warmup"), Math.min(n, 1_000_000), false);
        run(catalog, TestEvents.fingerprint("bench"), n, true);
    }

    static Event event(long i, Random r) {
        ObjectNode rec = JsonNodeFactory.instance.objectNode();
        long ts = 1_700_000_000_000_000_000L + i * 1000 + r.nextInt(500);
        int cpu = r.nextInt(8);
        String type = TYPES[(int) (i % TYPES.length)];
        rec.put("ts", ts).put("cpu", cpu).put("pid", 1000 + r.nextInt(64)).put("tid", 2000 + r.nextInt(256))
                .put("event", type).put("comm", COMMS[r.nextInt(COMMS.length)]).put("prev_state", r.nextBoolean() ? "R" : "S")
                .put("next_pid", r.nextInt(40000)).put("prio", 100 + r.nextInt(40)).put("seq", i).put("id", "ev-" + i);
        return new Event(i, ts, type, LANES[cpu], i % 997 == 0 ? Severity.ERROR : Severity.INFO, "ev-" + i,
                Event.NO_DURATION, null, i % 3 == 0 && i > 0 ? List.of(new Link("parent", "ev-" + (i - 1))) : List.of(),
                null, rec, rec, i + 1);
    }

    private static void run(StoreCatalog catalog, Fingerprint fp, long n, boolean print) throws JsonProcessingException {
        Random r = new Random(1);
        long jsonSample = 0;
        for (int i = 0; i < 10_000; i++) jsonSample += TestEvents.JSON.writeValueAsBytes(event(i, r).record()).length + 1;
        long json = jsonSample * n / 10_000;
        r = new Random(1);
        long g0 = MX.getCurrentThreadCpuTime();
        long sink = 0;
        for (long i = 0; i < n; i++) sink += event(i, r).record().size();
        long g1 = MX.getCurrentThreadCpuTime();
        r = new Random(1);
        long t0 = System.nanoTime();
        long c0 = MX.getCurrentThreadCpuTime();
        LogStore store;
        try (LogStoreWriter w = catalog.create(fp, 0)) {
            for (long i = 0; i < n; i++) w.append(event(i, r));
            long c1 = MX.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            store = w.commit();
            long c2 = MX.getCurrentThreadCpuTime();
            long t2 = System.nanoTime();
            double appendCpu = (c1 - c0 - (g1 - g0)) / 1e9;
            if (print) {
                System.out.printf("events %d (%d fields each, ~%d bytes JSON)%n", n, sink / n, jsonSample / 10_000);
                System.out.printf("append: %.2f s CPU (record building subtracted) = %.2f M events/CPU-s; wall %.2f s%n",
                        appendCpu, n / appendCpu / 1e6, (t1 - t0) / 1e9);
                System.out.printf("commit: %.2f s CPU, %.2f s wall; append+commit %.2f M events/CPU-s%n",
                        (c2 - c1) / 1e9, (t2 - t1) / 1e9, n / (appendCpu + (c2 - c1) / 1e9) / 1e6);
                System.out.printf("store file %.1f MB, JSON log ~%.1f MB, ratio %.2f%n",
                        store.sizeOnDisk() / 1e6, json / 1e6, store.sizeOnDisk() / (double) json);
            }
        }
        store.close();
        long t3 = System.nanoTime();
        store = catalog.openComplete(fp).orElseThrow();
        long t4 = System.nanoTime();
        Random q = new Random(7);
        int probes = 20_000;
        long found = 0;
        long t5 = System.nanoTime();
        for (int i = 0; i < probes; i++) found += store.event((long) (q.nextDouble() * n)).offset();
        long t6 = System.nanoTime();
        for (int i = 0; i < probes; i++) found += store.offsetsOfId("ev-" + (long) (q.nextDouble() * n)).length;
        long t7 = System.nanoTime();
        long[] count = {0};
        store.scan(0, Math.min(n, 1_000_000), e -> count[0]++);
        long t8 = System.nanoTime();
        for (int i = 0; i < probes; i++) found += store.time((long) (q.nextDouble() * n));
        long t9 = System.nanoTime();
        if (print) {
            System.out.printf("reopen %.1f ms; random event(k) %.1f us; offsetsOfId %.1f us; time(k) %.1f us; scan %.2f M events/s (%d)%n",
                    (t4 - t3) / 1e6, (t6 - t5) / 1e3 / probes, (t7 - t6) / 1e3 / probes, (t9 - t8) / 1e3 / probes,
                    count[0] / ((t8 - t7) / 1e3), found % 7);
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap used after ingest %.0f MB of max %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
        }
        store.close();
        catalog.evict(fp);
    }
}
