package dev.chronoscope.generate;

/**
 * The AI-OS observability collector's records, as serde writes its {@code Event} struct: envelope
 * fields ({@code id}, {@code timestamp_ns}, {@code severity}, {@code category}, the optional
 * {@code pid} and {@code causality_id}) and an externally tagged {@code payload}:
 * {@code {"payload":{"SyscallExit":{"name":"read","duration_us":12,"success":true}}}}. Events that
 * belong to no causality chain have no {@code causality_id}.
 */
final class AiosRecords {
    static final long NO_CHAIN = 0;

    private final Simulation sim;
    private final JsonOut out;

    AiosRecords(Simulation sim) {
        this.sim = sim;
        this.out = sim.out;
    }

    /** Opens a record up to the payload's inner object; the caller adds fields and calls {@link #end()}. */
    JsonOut begin(String severity, String category, int pid, long chain, String payloadType) {
        out.obj().num("id", sim.emitted).num("timestamp_ns", sim.now).str("severity", severity)
                .str("category", category);
        if (pid > 0) out.num("pid", pid);
        if (chain != NO_CHAIN) out.num("causality_id", chain);
        return out.obj("payload").obj(payloadType);
    }

    /** Closes payload and record; returns the record's id. */
    long end() {
        out.end().end().end();
        long id = sim.emitted;
        sim.done();
        return id;
    }

    long processCreated(int pid, long chain, String name, int priority, boolean sandboxed) {
        begin("Info", "Process", pid, chain, "ProcessCreated").str("name", name).num("priority", priority)
                .bool("sandboxed", sandboxed);
        return end();
    }

    long processTerminated(int pid, long chain, int exitCode, String severity) {
        begin(severity, "Process", pid, chain, "ProcessTerminated").num("exit_code", exitCode);
        return end();
    }

    long syscallEntry(int pid, long chain, String name) {
        begin("Trace", "Syscall", pid, chain, "SyscallEntry").str("name", name);
        return end();
    }

    long syscallExit(int pid, long chain, String name, long durationUs, boolean success) {
        begin(success ? "Debug" : "Warn", "Syscall", pid, chain, "SyscallExit").str("name", name)
                .num("duration_us", durationUs).bool("success", success);
        return end();
    }

    long contextSwitch(int cpu, int fromPid, int toPid, String reason) {
        begin("Debug", "Scheduler", 0, NO_CHAIN, "ContextSwitch").num("cpu", cpu).num("from_pid", fromPid)
                .num("to_pid", toPid).str("reason", reason);
        return end();
    }

    long memory(boolean allocated, int pid, long chain, long region, long bytes) {
        begin("Debug", "Memory", pid, chain, allocated ? "MemoryAllocated" : "MemoryFreed")
                .num("region_id", region).num("size", bytes);
        return end();
    }

    long memoryPressure(int usagePct, long availableMb) {
        begin(usagePct >= 90 ? "Error" : "Warn", "Memory", 0, NO_CHAIN, "MemoryPressure")
                .num("usage_pct", usagePct).num("available_mb", availableMb);
        return end();
    }

    long queue(boolean send, int pid, long chain, int queue, long size, int depth) {
        begin("Debug", "Ipc", pid, chain, send ? "MessageQueueSend" : "MessageQueueReceive")
                .num("queue_id", queue).num("size", size).num("depth", depth);
        return end();
    }

    long pipe(boolean write, int pid, int pipe, long bytes, long buffered) {
        begin("Debug", "Ipc", pid, NO_CHAIN, write ? "PipeWrite" : "PipeRead").num("pipe_id", pipe)
                .num("bytes", bytes).num("buffered", buffered);
        return end();
    }

    long shm(String type, int pid, long chain, int segment, long bytes) {
        begin(type.equals("ShmWrite") || type.equals("ShmRead") ? "Debug" : "Info", "Ipc", pid, chain, type)
                .num("segment_id", segment).num("size", bytes);
        return end();
    }

    long slowOperation(int pid, long chain, String operation, String path, double durationMs) {
        begin("Warn", "Storage", pid, chain, "SlowOperation").str("operation", operation).str("path", path)
                .dec("duration_ms", durationMs, 3);
        return end();
    }

    long permissionDenied(int pid, long chain, String resource, String operation, String reason) {
        begin("Warn", "Security", pid, chain, "PermissionDenied").str("resource", resource)
                .str("operation", operation).str("reason", reason);
        return end();
    }

    long sandboxViolation(int pid, long chain, String sandbox, String capability, String attempted) {
        begin("Critical", "Security", pid, chain, "SandboxViolation").str("sandbox_id", sandbox)
                .str("capability", capability).str("attempted", attempted).str("action", "terminate");
        return end();
    }

    long anomaly(int pid, long chain, String metric, double value, double mean, double stddev, double z) {
        begin("Error", "Performance", pid, chain, "AnomalyDetected").str("metric", metric)
                .dec("value", value, 1).dec("mean", mean, 2).dec("stddev", stddev, 2).dec("z_score", z, 2)
                .dec("threshold", AiosSim.Z_THRESHOLD, 1);
        return end();
    }
}
