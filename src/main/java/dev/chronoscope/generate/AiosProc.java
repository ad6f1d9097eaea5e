package dev.chronoscope.generate;

/** A process as {@link AiosSim} tracks it: identity, its syscall in flight, its memory regions. */
final class AiosProc {
    static final int MAX_REGIONS = 6;

    /** A syscall in flight, due to exit at {@code due} (ns) with its measured duration. */
    record Call(long due, long seq, AiosProc proc, int syscall, long durationUs, long chain,
                boolean stalledOnStorage, boolean success) {}

    final int pid;
    final String name;
    final int priority;
    boolean inSyscall;
    /** Driven by the story only, never by the background. */
    boolean scripted;
    boolean exiting;
    /** Lives for the whole log (the story needs it). */
    boolean resident;
    long startupChain;
    int startupLeft;
    final long[] regions = new long[MAX_REGIONS];
    final long[] sizes = new long[MAX_REGIONS];
    int regionCount;

    AiosProc(int pid, String name, int priority) {
        this.pid = pid;
        this.name = name;
        this.priority = priority;
    }

    void addRegion(long region, long bytes) {
        regions[regionCount] = region;
        sizes[regionCount++] = bytes;
    }

    void removeRegion(int slot) {
        regionCount--;
        regions[slot] = regions[regionCount];
        sizes[slot] = sizes[regionCount];
    }
}
