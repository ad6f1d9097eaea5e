package dev.chronoscope.ingest.jfr;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Recording;

/** Records a small workload: threads, sleeps, a contended monitor, a wait, parks, a GC, nulls. */
final class JfrWorkload {
    private JfrWorkload() {}

    @Name("chronoscope.test.Nullable")
    @Label("Nullable")
    static final class NullableEvent extends Event {
        String text;
        Class<?> type;
        Thread thread;
        long number;
    }

    static Path record(Path file) throws Exception {
        try (Recording r = new Recording()) {
            for (String type : List.of("jdk.ThreadStart", "jdk.ThreadEnd", "jdk.GarbageCollection", "jdk.GCHeapSummary",
                    "chronoscope.test.Nullable")) {
                r.enable(type);
            }
            for (String type : List.of("jdk.ThreadSleep", "jdk.JavaMonitorEnter", "jdk.JavaMonitorWait", "jdk.ThreadPark")) {
                r.enable(type).withThreshold(Duration.ZERO).withStackTrace();
            }
            r.start();
            work();
            r.stop();
            r.dump(file);
        }
        return file;
    }

    private static void work() throws Exception {
        Object lock = new Object();
        CountDownLatch held = new CountDownLatch(1);
        Thread contender = Thread.currentThread();
        Thread holder = new Thread(() -> {
            synchronized (lock) {
                held.countDown();
                // hold the monitor until the contender is really blocked on it, however slow the machine
                while (contender.getState() != Thread.State.BLOCKED) sleep(1);
                sleep(20);
            }
        }, "holder");
        holder.start();
        held.await();
        synchronized (lock) {
            lock.wait(5);
        }
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> {
                sleep(2);
                LockSupport.parkNanos(1_000_000);
            }, "worker-" + i);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) t.join();
        holder.join();
        System.gc();
        NullableEvent nulls = new NullableEvent();
        nulls.commit();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
