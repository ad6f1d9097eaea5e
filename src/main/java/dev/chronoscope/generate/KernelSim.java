package dev.chronoscope.generate;

import dev.chronoscope.generate.KernelModel.Lock;
import dev.chronoscope.generate.KernelModel.PendingIo;
import dev.chronoscope.generate.KernelModel.Proc;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A small kernel: about two dozen processes open files, fault and allocate pages, schedule block
 * I/O, talk over TCP and take locks. Background processes hold at most one lock at a time (a lock
 * order discipline), so the only wait-for cycle is the one {@link DeadlockStory} builds. I/O
 * completes when its latency has elapsed on the simulated clock; I/O scheduled on nvme0n1 during
 * the slow-I/O window (30% into the log) takes 1.2–9 ms, every other I/O at most 0.8 ms.
 *
 * <p>Each step writes one record: a pending follow-up (the second half of a two-record action)
 * first, then the story, then a due I/O completion, then a process's own action.
 */
final class KernelSim extends Simulation {
    static final long BOOT_TIME_NS = 4_200_000_000L;
    static final long SLOW_IO_MIN_NS = 1_200_000;
    private static final int TARGET_PROCESSES = 24;
    private static final String[] NAMES = {"nginx", "postgres", "redis-server", "sshd", "cron", "rsyslogd",
        "java", "python3", "node", "containerd", "dockerd", "bash", "kworker/1:2", "irqbalance", "chronyd"};
    private static final String[] PATHS = {"/var/lib/db/wal/000000010000", "/var/lib/db/base/16384/2619",
        "/var/log/syslog", "/etc/hosts", "/usr/lib/x86_64-linux-gnu/libc.so.6", "/proc/self/stat",
        "/var/cache/nginx/proxy_temp", "/home/app/data.bin", "/tmp/sess_81f2", "/srv/www/index.html"};
    private static final String[] FLAGS = {"O_RDONLY", "O_RDWR", "O_WRONLY|O_APPEND", "O_RDWR|O_CREAT"};
    private static final String[] REMOTE_PORTS = {"443", "5432", "6379", "80"};

    final KernelRecords rec = new KernelRecords(this);
    final List<Proc> live = new ArrayList<>();
    final Lock[] locks = new Lock[12];
    /** The story's P1 and P2, created right after systemd. */
    final Proc[] storyProcs = new Proc[2];
    private final ArrayDeque<Runnable> followUps = new ArrayDeque<>();
    private final PriorityQueue<PendingIo> pendingIo = new PriorityQueue<>(
            Comparator.comparingLong(PendingIo::due).thenComparingLong(PendingIo::seq));
    private final DeadlockStory story;
    private final long slowFrom;
    private final long slowUntil;
    private int nextPid = 300;
    private long nextRequest = 1;
    private long nextConn = 1;

    KernelSim(JsonOut out, SplittableRandom rnd, long total) {
        super(out, rnd, total, BOOT_TIME_NS);
        String[][] lockNames = {{"inode:/var/lib/db/wal", "mutex"}, {"inode:/var/lib/db/base", "mutex"},
            {"runqueue:0", "spinlock"}, {"runqueue:1", "spinlock"}, {"mm:page_alloc", "spinlock"},
            {"vfs:dcache", "rwlock"}, {"net:tcp_hash", "spinlock"}, {"blk:nvme0n1", "mutex"},
            {"blk:sda", "mutex"}, {"inode:/var/log/syslog", "mutex"}, {"ipc:sem_array", "rwlock"},
            {"tty:pts0", "mutex"}};
        for (int i = 0; i < locks.length; i++) locks[i] = new Lock("L" + (i + 1), lockNames[i][0], lockNames[i][1]);
        slowFrom = at(0.30);
        slowUntil = slowFrom + Math.max(200, total / 60);
        story = new DeadlockStory(this, at(0.60));
    }

    @Override
    void step() {
        tick(1_000, 12_000);
        if (!followUps.isEmpty()) {
            followUps.poll().run();
        } else if (story.step()) {
            return;
        } else if (!pendingIo.isEmpty() && pendingIo.peek().due() <= now) {
            PendingIo io = pendingIo.poll();
            io.proc().inflight--;
            rec.ioCompleted(io);
        } else if (live.size() < TARGET_PROCESSES) {
            spawn();
        } else {
            for (int attempt = 0; attempt < 8; attempt++) {
                if (act(live.get(rnd.nextInt(live.size())))) return;
            }
        }
    }

    Proc spawn() {
        boolean first = live.isEmpty();
        int pid = first ? 1 : nextPid++;
        String name = first ? "systemd" : live.size() < 3 ? DeadlockStory.NAMES[live.size() - 1] : pick(NAMES);
        Proc p = new Proc(pid, name, pid % 4, 100 + rnd.nextInt(40));
        p.scripted = first || live.size() < 3;
        if (!first && live.size() < 3) storyProcs[live.size() - 1] = p;
        live.add(p);
        rec.processCreated(p, first ? 0 : 1);
        return p;
    }

    private boolean act(Proc p) {
        if (!p.canAct()) return false;
        if (p.state.equals(KernelModel.SLEEPING)) {
            rec.stateChanged(p, KernelModel.RUNNING, "wakeup", -1);
            return true;
        }
        if (p.exiting) return exitStep(p);
        if (p.held != null && !p.scripted && chance(0.3)) {
            release(p);
            return true;
        }
        int r = rnd.nextInt(100);
        boolean slowWindow = emitted >= slowFrom && emitted < slowUntil;
        if (slowWindow && r < 25) return scheduleIo(p, true);
        if (r < 10) return !p.scripted && p.held == null && lockAttempt(p, locks[rnd.nextInt(locks.length)]);
        if (r < 20) return fileAction(p);
        if (r < 30) return scheduleIo(p, false);
        if (r < 44) return pageFault(p);
        if (r < 52) return memoryAction(p);
        if (r < 54) return mmap(p);
        if (r < 70) return netAction(p);
        if (r < 76) {
            rec.stateChanged(p, KernelModel.SLEEPING, chance(0.5) ? "io_wait" : "timer", -1);
            return true;
        }
        if (r < 78) {
            rec.priorityChanged(p, Math.max(100, Math.min(139, p.priority + rnd.nextInt(-5, 6))));
            return true;
        }
        if (r < 79 && !p.scripted && p.held == null) {
            p.exiting = true;
            return exitStep(p);
        }
        return false;
    }

    /** Background lock use: take a free lock, or queue behind its holder and block. */
    boolean lockAttempt(Proc p, Lock lock) {
        if (lock.reserved && !p.scripted) return false;
        if (lock.holder == null) {
            lock.holder = p;
            p.held = lock;
            p.heldSince = now;
            rec.lockAcquired(p, lock, 0, -1);
        } else {
            lock.waiters.add(p);
            p.waitingFor = lock;
            p.waitingSince = now;
            long contended = rec.lockContended(p, lock);
            followUps.add(() -> rec.stateChanged(p, KernelModel.BLOCKED, "lock_wait", contended));
        }
        return true;
    }

    /** Releases the held lock and hands it to the first waiter, who wakes up. */
    private void release(Proc p) {
        Lock lock = p.held;
        p.held = null;
        lock.holder = null;
        long released = rec.lockReleased(p, lock, now - p.heldSince);
        Proc next = lock.waiters.poll();
        if (next == null) return;
        lock.holder = next;
        next.held = lock;
        next.waitingFor = null;
        followUps.add(() -> {
            next.heldSince = now;
            long acquired = rec.lockAcquired(next, lock, now - next.waitingSince, released);
            followUps.add(() -> rec.stateChanged(next, KernelModel.RUNNING, "lock_acquired", acquired));
        });
    }

    private boolean fileAction(Proc p) {
        if (p.fdCount < Proc.MAX_FDS && (p.fdCount == 0 || chance(0.55))) {
            int fd = p.lowestFreeFd();
            String path = pick(PATHS);
            p.fds[p.fdCount] = fd;
            p.fdPaths[p.fdCount++] = path;
            rec.fileOpened(p, fd, path, pick(FLAGS));
            return true;
        }
        if (p.fdCount == 0) return false;
        closeFd(p, rnd.nextInt(p.fdCount));
        return true;
    }

    private void closeFd(Proc p, int slot) {
        int fd = p.fds[slot];
        String path = p.fdPaths[slot];
        p.fdCount--;
        p.fds[slot] = p.fds[p.fdCount];
        p.fdPaths[slot] = p.fdPaths[p.fdCount];
        rec.fileClosed(p, fd, path);
    }

    private boolean scheduleIo(Proc p, boolean slowWindow) {
        if (p.fdCount == 0 || p.inflight >= Proc.MAX_INFLIGHT) return false;
        String device = slowWindow || chance(0.7) ? "nvme0n1" : "sda";
        boolean slow = device.equals("nvme0n1") && emitted >= slowFrom && emitted < slowUntil;
        long latency = slow ? rnd.nextLong(SLOW_IO_MIN_NS, 9_000_000) : rnd.nextLong(20_000, 800_000);
        String op = chance(0.6) ? "read" : "write";
        long bytes = 4096L << rnd.nextInt(5);
        int fd = p.fds[rnd.nextInt(p.fdCount)];
        long request = nextRequest++;
        long id = rec.ioScheduled(p, request, device, op, bytes, fd, rnd.nextLong(1L << 30));
        p.inflight++;
        pendingIo.add(new PendingIo(now + latency, request, p, request, device, op, bytes, fd, id, now));
        return true;
    }

    private boolean pageFault(Proc p) {
        long address = 0x5600_0000_0000L + (rnd.nextLong(1L << 24) << 12);
        int kind = rnd.nextInt(10);
        String type = kind < 7 ? "minor" : kind < 9 ? "major" : "cow";
        long fault = rec.pageFault(p, address, type);
        if (kind >= 7) {
            p.pages++;
            followUps.add(() -> rec.pageAllocated(p, 1, address, fault));
        }
        return true;
    }

    private boolean memoryAction(Proc p) {
        long pages = 1L << rnd.nextInt(5);
        long address = 0x5600_0000_0000L + (rnd.nextLong(1L << 24) << 12);
        if (p.pages >= pages && chance(0.45)) {
            p.pages -= pages;
            rec.pageFreed(p, pages, address);
        } else {
            p.pages += pages;
            rec.pageAllocated(p, pages, address, -1);
        }
        return true;
    }

    private boolean mmap(Proc p) {
        long length = 4096L << rnd.nextInt(8);
        long address = p.nextMapAddress;
        p.nextMapAddress += length;
        boolean file = chance(0.5);
        rec.memoryMapped(p, address, length, file ? "r-x" : "rw-", file ? pick(PATHS) : "[anon]");
        return true;
    }

    private boolean netAction(Proc p) {
        if (p.connCount > 0 && chance(0.85)) {
            long conn = p.conns[rnd.nextInt(p.connCount)];
            if (chance(0.06)) {
                closeConn(p, conn);
            } else {
                rec.packet(p, chance(0.5), conn, rnd.nextLong(64, 1501));
            }
            return true;
        }
        if (p.connCount == Proc.MAX_CONNS) return false;
        long conn = nextConn++;
        p.conns[p.connCount++] = conn;
        rec.connectionEstablished(p, conn, "10.0.0.5:" + rnd.nextInt(32768, 61000),
                "10.0." + rnd.nextInt(1, 9) + "." + rnd.nextInt(2, 250) + ":" + pick(REMOTE_PORTS));
        return true;
    }

    private void closeConn(Proc p, long conn) {
        for (int i = 0; i < p.connCount; i++) {
            if (p.conns[i] == conn) {
                p.conns[i] = p.conns[--p.connCount];
                break;
            }
        }
        rec.connectionClosed(p, conn, chance(0.8) ? "fin" : "rst");
    }

    /** An exiting process tears down one resource per step, waits for its I/O, then dies. */
    private boolean exitStep(Proc p) {
        if (p.connCount > 0) {
            closeConn(p, p.conns[p.connCount - 1]);
        } else if (p.fdCount > 0) {
            closeFd(p, p.fdCount - 1);
        } else if (p.pages > 0) {
            rec.pageFreed(p, p.pages, 0x5600_0000_0000L);
            p.pages = 0;
        } else if (!p.state.equals(KernelModel.ZOMBIE)) {
            rec.stateChanged(p, KernelModel.ZOMBIE, "exit", -1);
        } else if (p.inflight > 0) {
            return false;
        } else {
            live.remove(p);
            rec.terminated(p, chance(0.9) ? 0 : 1);
        }
        return true;
    }
}
