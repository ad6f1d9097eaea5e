package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.Severity;
import dev.chronoscope.profile.Profile;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Replay's own figures on a synthetic process/lock log held in the in-memory store (so the store's
 * block decoding is not included): fold rate, seek p50/p99, step p99, checkpoint share.
 * Run: java -cp target/classes:target/test-classes:DEPS dev.chronoscope.replay.ReplayBench [events [mapdb]]
 * ("mapdb" puts the events and replay data in a MapDB store in a temporary folder instead).
 */
public final class ReplayBench {
    private static final Profile PROFILE = TestData.profile("""
            {"rules":[
              {"on":"ProcStart","set":{"processes/${pid}/state":"R","processes/${pid}/name":"$.name"}},
              {"on":"ProcState","set":{"processes/${pid}/state":"$.state"}},
              {"on":"ProcExit","remove":["processes/${pid}"]},
              {"on":"LockWait","append":{"locks/${lock}/waiters":"$.pid"}},
              {"on":"LockAcq","set":{"locks/${lock}/holder":"$.pid"},"pull":{"locks/${lock}/waiters":"$.pid"}},
              {"on":"LockRel","remove":["locks/${lock}/holder"]},
              {"on":"*","add":{"stats/${$type}":1}}
            ]}""");
    private static final String[] TYPES = {"ProcStart", "ProcState", "ProcState", "ProcExit", "LockWait", "LockAcq", "LockAcq", "LockRel"};
    private static final String[] STATES = {"R", "S", "D", "Z"};

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        SplittableRandom random = new SplittableRandom(1);
        boolean mapdb = args.length > 1 && args[1].equals("mapdb");
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("replay-bench");
        dev.chronoscope.store.LogStoreWriter writer = mapdb
                ? dev.chronoscope.store.Stores.catalog(dir).create(new dev.chronoscope.store.Fingerprint("bench" + n, "bench"), 0)
                : new MemoryStoreWriter();
        ReplayBuilder builder = new ReplayBuilder(PROFILE, List.of(), writer);
        Event placeholder = event(0, "x", random);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        for (int k = 0; k < n; k++) {
            Event e = event(k, TYPES[random.nextInt(TYPES.length)], random);
            writer.append(mapdb ? e : placeholder);
            builder.accept(e);
        }
        builder.finish();
        double foldSec = (System.nanoTime() - t0) / 1e9;
        double foldCpuSec = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
        Replay replay = Replay.open(writer.commit());
        java.util.Map<String, String> meta = writer instanceof MemoryStoreWriter m ? m.meta : java.util.Map.of();
        System.out.printf("fold: %d events in %.2f s (%.2f s CPU) = %.0f events/s per CPU second; state %d leaves; checkpoints %s every %s%n",
                n, foldSec, foldCpuSec, n / foldCpuSec, replay.state(n - 1).size(),
                meta.getOrDefault(ReplayBuilder.META_CHECKPOINTS, "?"), replay.checkpointInterval());
        for (int round = 0; round < 2; round++) {
            Cursor cursor = replay.newCursor();
            double[] seeks = new double[2000];
            double[] seeksCpu = new double[seeks.length];
            for (int i = 0; i < seeks.length; i++) {
                long k = random.nextLong(n);
                long t = System.nanoTime();
                long c = cpu.getCurrentThreadCpuTime();
                cursor.seek(k);
                seeks[i] = (System.nanoTime() - t) / 1e6;
                seeksCpu[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
            }
            double[] steps = new double[20_000];
            for (int i = 0; i < steps.length; i++) {
                if (i % 1000 == 0) cursor.seek(random.nextLong(n));
                boolean forward = random.nextBoolean();
                long t = System.nanoTime();
                if (forward) cursor.stepForward(); else cursor.stepBack();
                steps[i] = (System.nanoTime() - t) / 1e3;
            }
            double[] snaps = new double[200];
            for (int i = 0; i < snaps.length; i++) {
                long t = System.nanoTime();
                cursor.snapshot();
                snaps[i] = (System.nanoTime() - t) / 1e6;
            }
            System.out.printf("round %d: seek p50 %.3f ms p99 %.3f ms (CPU p50 %.3f p99 %.3f); step p99 %.1f us; snapshot p50 %.3f ms%n", round,
                    pct(seeks, 50), pct(seeks, 99), pct(seeksCpu, 50), pct(seeksCpu, 99), pct(steps, 99), pct(snaps, 50));
        }
    }

    private static double pct(double[] xs, int p) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    private static Event event(long k, String type, SplittableRandom random) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("pid", type.startsWith("Lock") ? random.nextInt(8) : random.nextInt(5000));
        r.put("lock", "L" + random.nextInt(500));
        r.put("name", "proc" + random.nextInt(100));
        r.put("state", STATES[random.nextInt(STATES.length)]);
        return new Event(k, k * 1000, type, "cpu" + random.nextInt(4), Severity.INFO, null, Event.NO_DURATION,
                null, List.of(), null, r, r, k + 1);
    }
}
