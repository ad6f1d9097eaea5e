package dev.chronoscope.store;

import dev.chronoscope.event.Event;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Random;
import java.util.TreeMap;

/** Prints CPU time per event of each part of an append (not a test). */
public final class StoreComponentBench {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        Random r = new Random(1);
        Event[] pool = new Event[Integer.getInteger("pool", 4096)];
        for (int i = 0; i < pool.length; i++) pool[i] = TestEvents.kernelEvent(i, r);
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) ids[i] = "ev-" + i;
        for (int round = 0; round < 3; round++) {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            long c0 = mx.getCurrentThreadCpuTime();
            ByteSink sink = new ByteSink(1 << 20);
            KeyTable keys = new KeyTable();
            for (int i = 0; i < n; i++) {
                if ((i & 511) == 0) { sink.reset(); keys.clear(); }
                EventCodec.encode(pool[i % pool.length], 1, 2, 0, 0, sink, keys);
            }
            long c1 = mx.getCurrentThreadCpuTime();
            EventBlockWriter ew = new EventBlockWriter(new TreeMap<>());
            for (int i = 0; i < n; i++) ew.append(pool[i % pool.length], 1, 2);
            long c2 = mx.getCurrentThreadCpuTime();
            TimeLaneWriter tl = new TimeLaneWriter(new TreeMap<>());
            for (int i = 0; i < n; i++) tl.append(pool[i % pool.length].time() + i, i & 7);
            long c3 = mx.getCurrentThreadCpuTime();
            DensityBuilder d = new DensityBuilder();
            for (int i = 0; i < n; i++) d.add(i & 7, pool[i % pool.length].time() + i * 1000L, 2);
            long c4 = mx.getCurrentThreadCpuTime();
            IdIndexWriter id = new IdIndexWriter(new TreeMap<>(), new TreeMap<>(), 1 << 19);
            for (int i = 0; i < n; i++) id.add(ids[i], i);
            long c5 = mx.getCurrentThreadCpuTime();
            Dictionary types = new Dictionary();
            for (int i = 0; i < n; i++) types.add(pool[i % pool.length].type());
            long c6 = mx.getCurrentThreadCpuTime();
            System.out.printf("round %d ns/event: encode %.0f, blocks(encode+lz4) %.0f, timelane %.0f, density %.0f, ids %.0f, dict %.0f%n",
                    round, (c1 - c0) / (double) n, (c2 - c1) / (double) n, (c3 - c2) / (double) n, (c4 - c3) / (double) n,
                    (c5 - c4) / (double) n, (c6 - c5) / (double) n);
        }
    }
}
