package dev.chronoscope.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CPU seconds per ingest stage, printed to stderr when the system property
 * {@value #PROPERTY} is true. On a shared machine wall time says little about where an ingest
 * spends its work; the CPU time of each stage's thread says which stage bounds the pipeline.
 */
final class StageTimes {
    static final String PROPERTY = "chronoscope.ingestStats";
    private static final StageTimes OFF = new StageTimes(false);

    /** One stage's thread CPU, measured from creation to close on the thread that created it. */
    interface Stage extends AutoCloseable {
        @Override
        void close();
    }

    private final boolean on;
    private final Map<String, Long> cpuNanos = new ConcurrentHashMap<>();
    /** Wall time at named moments of the ingest, in the order they were reached. */
    private final Map<String, Long> marks = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());

    private StageTimes(boolean on) {
        this.on = on;
    }

    static StageTimes fromSystemProperty() {
        return Boolean.getBoolean(PROPERTY) ? new StageTimes(true) : OFF;
    }

    Stage stage(String name) {
        if (!on) return () -> { };
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long begin = threads.getCurrentThreadCpuTime();
        return () -> cpuNanos.merge(name, threads.getCurrentThreadCpuTime() - begin, Long::sum);
    }

    /** Notes the wall time of a moment, so that the report shows how long the serial tail after the pipeline takes. */
    void mark(String moment) {
        if (on) marks.put(moment, System.nanoTime());
    }

    void report(long startNanos) {
        if (!on) return;
        StringBuilder line = new StringBuilder("ingest stages (CPU s):");
        cpuNanos.forEach((name, nanos) -> line.append(String.format(" %s %.2f", name, nanos / 1e9)));
        line.append(String.format("; wall %.2f s (from %.2f s after the JVM started)", (System.nanoTime() - startNanos) / 1e9,
                ManagementFactory.getRuntimeMXBean().getUptime() / 1e3 - (System.nanoTime() - startNanos) / 1e9));
        synchronized (marks) {
            marks.forEach((moment, at) -> line.append(String.format("; %s at %.2f s", moment, (at - startNanos) / 1e9)));
        }
        System.err.println(line);
    }
}
