package dev.chronoscope.generate;

import java.util.ArrayDeque;

/** The simulated kernel's objects for {@link KernelSim}: processes, locks and I/O in flight. */
final class KernelModel {
    private KernelModel() {}

    static final String RUNNING = "Running";
    static final String SLEEPING = "Sleeping";
    static final String BLOCKED = "Blocked";
    static final String ZOMBIE = "Zombie";

    static final class Proc {
        static final int MAX_FDS = 8;
        static final int MAX_CONNS = 3;
        static final int MAX_INFLIGHT = 4;

        final int pid;
        final String name;
        final int cpu;
        int priority;
        String state = RUNNING;
        /** Story processes: never exit, and take locks only when the story says so. */
        boolean scripted;
        boolean exiting;
        boolean deadlocked;
        final int[] fds = new int[MAX_FDS];
        final String[] fdPaths = new String[MAX_FDS];
        int fdCount;
        final long[] conns = new long[MAX_CONNS];
        int connCount;
        long pages;
        long nextMapAddress = 0x7f3a_0000_0000L;
        int inflight;
        Lock held;
        long heldSince;
        Lock waitingFor;
        long waitingSince;

        Proc(int pid, String name, int cpu, int priority) {
            this.pid = pid;
            this.name = name;
            this.cpu = cpu;
            this.priority = priority;
        }

        boolean canAct() {
            return !deadlocked && waitingFor == null;
        }

        /** The lowest descriptor number not in use, as the kernel hands them out. */
        int lowestFreeFd() {
            int fd = 3;
            boolean taken = true;
            while (taken) {
                taken = false;
                for (int i = 0; i < fdCount; i++) {
                    if (fds[i] == fd) {
                        taken = true;
                        fd++;
                        break;
                    }
                }
            }
            return fd;
        }
    }

    static final class Lock {
        final String id;
        final String name;
        final String kind;
        Proc holder;
        final ArrayDeque<Proc> waiters = new ArrayDeque<>();
        /** Held back from background processes (the story needs it, or it is deadlocked). */
        boolean reserved;

        Lock(String id, String name, String kind) {
            this.id = id;
            this.name = name;
            this.kind = kind;
        }
    }

    record PendingIo(long due, long seq, Proc proc, long request, String device, String operation,
                     long bytes, int fd, long scheduledId, long scheduledAt) {}
}
