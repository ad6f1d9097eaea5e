package dev.chronoscope.generate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * An AI-OS kernel under its observability collector: processes make syscalls (an entry, and an
 * exit when the call's duration has elapsed), the scheduler switches contexts, memory is allocated
 * and freed (pressure is checked every 250 events), and processes talk through message queues,
 * pipes and shared memory. A message carries its sender's causality chain to the receiver; a new
 * process's first events, and a shared-memory segment's life, form chains of their own.
 * Background syscall durations are bounded per syscall, so the detector (z-score over 3.0) fires
 * only on {@link AiosStory}'s stalled fsync.
 */
final class AiosSim extends Simulation {
    static final double Z_THRESHOLD = 3.0;
    static final long EPOCH_NS = 1_763_650_000_000_000_000L;
    static final String[] SYSCALLS = {"read", "write", "openat", "close", "mmap", "futex", "fsync", "stat", "socket", "poll"};
    static final int FSYNC = 6;
    static final int SOCKET = 8;
    private static final int[][] RANGES_US = {{3, 40}, {4, 60}, {8, 90}, {1, 10}, {5, 50}, {1, 30}, {200, 900},
        {2, 25}, {10, 80}, {5, 120}};
    private static final String[] NAMES = {"ai-agent", "shell", "browser", "db", "scheduler-svc", "embedder",
        "web-server", "cron", "notebook", "vector-store"};
    private static final String[] SWITCH_REASONS = {"time_slice_expired", "yield", "preempted", "blocked"};
    private static final int TARGET_PROCESSES = 14;
    private static final long TOTAL_MB = 16_384;

    final AiosRecords rec = new AiosRecords(this);
    final List<AiosProc> live = new ArrayList<>();
    final SyscallStats stats = new SyscallStats(SYSCALLS.length);
    final ArrayDeque<Runnable> followUps = new ArrayDeque<>();
    private final PriorityQueue<AiosProc.Call> calls = new PriorityQueue<>(
            Comparator.comparingLong(AiosProc.Call::due).thenComparingLong(AiosProc.Call::seq));
    private final int[] running = new int[4];
    private final AiosIpc ipc;
    private final AiosStory story;
    private int nextPid = 100;
    private long nextChain = 1;
    private long nextRegion = 1;
    private long usedMb = 12_100;

    AiosSim(JsonOut out, SplittableRandom rnd, long total) {
        super(out, rnd, total, EPOCH_NS);
        ipc = new AiosIpc(this);
        story = new AiosStory(this, at(0.35), at(0.80));
    }

    @Override
    void step() {
        tick(200, 4_000);
        if (!followUps.isEmpty()) {
            followUps.poll().run();
        } else if (story.step()) {
            return;
        } else if (!calls.isEmpty() && calls.peek().due() <= now) {
            AiosProc.Call call = calls.poll();
            if (call.stalledOnStorage()) {
                rec.slowOperation(call.proc().pid, call.chain(), "fsync", "/var/lib/indexer/segments.db",
                        call.durationUs() / 1000.0);
                followUps.add(() -> exitSyscall(call));
            } else {
                exitSyscall(call);
            }
        } else if (live.size() < TARGET_PROCESSES) {
            spawn(pick(NAMES), rnd.nextInt(1, 40), false, false);
        } else if (emitted % 250 == 0 && usedMb * 100 / TOTAL_MB > 75) {
            rec.memoryPressure((int) (usedMb * 100 / TOTAL_MB), TOTAL_MB - usedMb);
        } else {
            for (int attempt = 0; attempt < 6; attempt++) {
                if (act(live.get(rnd.nextInt(live.size())))) return;
            }
        }
    }

    long newChain() {
        return nextChain++;
    }

    AiosProc spawn(String name, int priority, boolean scripted, boolean sandboxed) {
        AiosProc p = new AiosProc(nextPid++, name, priority);
        p.scripted = scripted;
        p.startupChain = newChain();
        p.startupLeft = scripted ? 0 : rnd.nextInt(2, 6);
        live.add(p);
        rec.processCreated(p.pid, p.startupChain, name, priority, sandboxed);
        return p;
    }

    /**
     * Starts a syscall of the given duration. Its exit is recorded once the duration has elapsed;
     * the collector's timestamp may lag the executor's measured {@code duration_us} a little, as
     * the seed's "events may be slightly out of order" allows, never lead it.
     */
    void enterSyscall(AiosProc p, int syscall, long durationUs, long chain, boolean stalledOnStorage,
                      boolean success) {
        p.inSyscall = true;
        rec.syscallEntry(p.pid, chain, SYSCALLS[syscall]);
        calls.add(new AiosProc.Call(now + durationUs * 1000, emitted, p, syscall, durationUs, chain,
                stalledOnStorage, success));
    }

    /** The exit record, then, when the duration is anomalous, the detector's finding. */
    void exitSyscall(AiosProc.Call call) {
        AiosProc p = call.proc();
        p.inSyscall = false;
        long durationUs = call.durationUs();
        double mean = stats.mean(call.syscall());
        double sd = stats.stddev(call.syscall());
        double z = stats.observe(call.syscall(), durationUs);
        rec.syscallExit(p.pid, call.chain(), SYSCALLS[call.syscall()], durationUs, call.success());
        if (z > Z_THRESHOLD) {
            followUps.add(() -> rec.anomaly(p.pid, call.chain(), "syscall." + SYSCALLS[call.syscall()] + ".duration_us",
                    durationUs, mean, sd, z));
        }
    }

    /** The process's startup chain for its first few events, else none. */
    long chainOf(AiosProc p) {
        if (p.startupLeft == 0) return AiosRecords.NO_CHAIN;
        p.startupLeft--;
        return p.startupChain;
    }

    void allocate(AiosProc p, long chain) {
        long bytes = 4096L << rnd.nextInt(12);
        p.addRegion(nextRegion, bytes);
        usedMb = Math.min(TOTAL_MB - 64, usedMb + Math.max(1, bytes >> 20) + rnd.nextInt(40));
        rec.memory(true, p.pid, chain, nextRegion++, bytes);
    }

    void free(AiosProc p, int slot, long chain) {
        long region = p.regions[slot];
        long bytes = p.sizes[slot];
        p.removeRegion(slot);
        usedMb = Math.max(2_048, usedMb - Math.max(1, bytes >> 20) - rnd.nextInt(40));
        rec.memory(false, p.pid, chain, region, bytes);
    }

    private boolean act(AiosProc p) {
        if (p.inSyscall || p.scripted || p.exiting) return false;
        int r = rnd.nextInt(100);
        if (r < 35) {
            int syscall = rnd.nextInt(SYSCALLS.length);
            int[] range = RANGES_US[syscall];
            enterSyscall(p, syscall, rnd.nextInt(range[0], range[1] + 1), chainOf(p), false,
                    rnd.nextInt(100) >= 3);
        } else if (r < 50) {
            int cpu = rnd.nextInt(running.length);
            if (running[cpu] == p.pid) return false;
            rec.contextSwitch(cpu, running[cpu], p.pid, pick(SWITCH_REASONS));
            running[cpu] = p.pid;
        } else if (r < 60) {
            if (p.regionCount > 0 && (p.regionCount == AiosProc.MAX_REGIONS || chance(0.45))) {
                free(p, rnd.nextInt(p.regionCount), chainOf(p));
            } else {
                allocate(p, chainOf(p));
            }
        } else if (r < 86) {
            return ipc.act(p, r);
        } else if (r < 87) {
            if (!chance(0.2)) return false;
            rec.permissionDenied(p.pid, chainOf(p), "/etc/shadow", "read", "not owner and no CAP_DAC_READ_SEARCH");
        } else if (r < 88) {
            if (!chance(0.02)) return false;
            rec.slowOperation(p.pid, chainOf(p), "readdir", "/mnt/nfs/datasets", rnd.nextInt(1_500, 4_000) / 1000.0);
        } else if (r < 89 && !p.resident && chance(0.3)) {
            exit(p, AiosRecords.NO_CHAIN, 0, "Info");
        } else {
            return false;
        }
        return true;
    }

    /** Frees the process's memory and segments one record at a time, then reports it gone. */
    void exit(AiosProc p, long chain, int exitCode, String severity) {
        p.exiting = true;
        for (int i = p.regionCount - 1; i >= 0; i--) {
            int slot = i;
            followUps.add(() -> free(p, slot, chain));
        }
        ipc.destroySegmentsOf(p);
        followUps.add(() -> {
            live.remove(p);
            for (int cpu = 0; cpu < running.length; cpu++) if (running[cpu] == p.pid) running[cpu] = 0;
            rec.processTerminated(p.pid, chain, exitCode, severity);
        });
        followUps.poll().run();
    }
}
