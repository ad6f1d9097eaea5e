package dev.chronoscope.generate;

import dev.chronoscope.generate.KernelModel.Lock;
import dev.chronoscope.generate.KernelModel.PendingIo;
import dev.chronoscope.generate.KernelModel.Proc;

/**
 * The Angzarr kernel's records, serde's externally tagged form:
 * {@code {"LockContended":{"id":..,"ts":..,"subsystem":"locking","cpu":2,"pid":..,...}}}. Every
 * record carries {@code id} (equal to its offset), {@code ts} (ns since boot), the subsystem that
 * published it, the cpu and the pid it concerns; a record that follows from another names it in
 * {@code caused_by}. Each method writes one whole record and returns its id.
 */
final class KernelRecords {
    private final Simulation sim;
    private final JsonOut out;

    KernelRecords(Simulation sim) {
        this.sim = sim;
        this.out = sim.out;
    }

    long processCreated(Proc p, int ppid) {
        begin("ProcessCreated", "sched", p).num("ppid", ppid).str("name", p.name)
                .num("priority", p.priority).str("state", p.state);
        return finish();
    }

    long stateChanged(Proc p, String newState, String reason, long causedBy) {
        begin("ProcessStateChanged", "sched", p).str("old_state", p.state).str("new_state", newState)
                .str("reason", reason);
        p.state = newState;
        return finish(causedBy);
    }

    long priorityChanged(Proc p, int newPriority) {
        begin("ProcessPriorityChanged", "sched", p).num("old_priority", p.priority).num("new_priority", newPriority);
        p.priority = newPriority;
        return finish();
    }

    long terminated(Proc p, int exitCode) {
        begin("ProcessTerminated", "sched", p).num("exit_code", exitCode);
        return finish();
    }

    long pageAllocated(Proc p, long pages, long address, long causedBy) {
        begin("PageAllocated", "mm", p).num("pages", pages).hex("address", address);
        return finish(causedBy);
    }

    long pageFreed(Proc p, long pages, long address) {
        begin("PageFreed", "mm", p).num("pages", pages).hex("address", address);
        return finish();
    }

    long pageFault(Proc p, long address, String faultType) {
        begin("PageFault", "mm", p).hex("address", address).str("fault_type", faultType).bool("resolved", true);
        return finish();
    }

    long memoryMapped(Proc p, long address, long length, String prot, String file) {
        begin("MemoryMapped", "mm", p).hex("address", address).num("length", length).str("prot", prot)
                .str("file", file);
        return finish();
    }

    long fileOpened(Proc p, int fd, String path, String flags) {
        begin("FileOpened", "vfs", p).num("fd", fd).str("path", path).str("flags", flags);
        return finish();
    }

    long fileClosed(Proc p, int fd, String path) {
        begin("FileClosed", "vfs", p).num("fd", fd).str("path", path);
        return finish();
    }

    long ioScheduled(Proc p, long request, String device, String operation, long bytes, int fd, long sector) {
        begin("IOScheduled", "block", p).num("request", request).str("device", device).str("operation", operation)
                .num("bytes", bytes).num("fd", fd).num("sector", sector);
        return finish();
    }

    long ioCompleted(PendingIo io) {
        begin("IOCompleted", "block", io.proc()).num("request", io.request()).str("device", io.device())
                .str("operation", io.operation()).num("bytes", io.bytes())
                .num("latency_ns", sim.now - io.scheduledAt()).str("result", "Ok");
        return finish(io.scheduledId());
    }

    long connectionEstablished(Proc p, long conn, String local, String remote) {
        begin("ConnectionEstablished", "net", p).num("conn", conn).str("proto", "tcp").str("local", local)
                .str("remote", remote);
        return finish();
    }

    long connectionClosed(Proc p, long conn, String reason) {
        begin("ConnectionClosed", "net", p).num("conn", conn).str("reason", reason);
        return finish();
    }

    long packet(Proc p, boolean sent, long conn, long bytes) {
        begin(sent ? "PacketSent" : "PacketReceived", "net", p).num("conn", conn).num("bytes", bytes);
        return finish();
    }

    long lockAcquired(Proc p, Lock lock, long waitedNs, long causedBy) {
        begin("LockAcquired", "locking", p).str("lock", lock.id).str("lock_name", lock.name).str("kind", lock.kind)
                .num("wait_ns", waitedNs);
        return finish(causedBy);
    }

    long lockReleased(Proc p, Lock lock, long heldNs) {
        begin("LockReleased", "locking", p).str("lock", lock.id).str("lock_name", lock.name).num("held_ns", heldNs);
        return finish();
    }

    long lockContended(Proc p, Lock lock) {
        begin("LockContended", "locking", p).str("lock", lock.id).str("lock_name", lock.name)
                .num("holder", lock.holder.pid);
        return finish();
    }

    private JsonOut begin(String type, String subsystem, Proc p) {
        return out.obj().obj(type).num("id", sim.emitted).num("ts", sim.now).str("subsystem", subsystem)
                .num("cpu", p.cpu).num("pid", p.pid);
    }

    private long finish() {
        return finish(-1);
    }

    private long finish(long causedBy) {
        if (causedBy >= 0) out.num("caused_by", causedBy);
        out.end().end();
        long id = sim.emitted;
        sim.done();
        return id;
    }
}
