package dev.chronoscope.store;

/** The {@link TimelineAxis} of a stored log: by placed time from the time index, or by offset. */
final class StoredTimelineAxis implements TimelineAxis {
    static final byte BY_TIME = 0;
    static final byte BY_OFFSET = 1;

    private final boolean byOffset;
    private final TimeLaneIndex times;
    private final DensityPyramid density;
    private final long count;

    StoredTimelineAxis(boolean byOffset, TimeLaneIndex times, DensityPyramid density, long count) {
        this.byOffset = byOffset;
        this.times = times;
        this.density = density;
        this.count = count;
    }

    /** Reads the axis record the writer stored: one byte, {@link #BY_TIME} or {@link #BY_OFFSET}. */
    static boolean byOffset(byte[] kind) {
        if (kind == null || kind.length != 1 || (kind[0] != BY_TIME && kind[0] != BY_OFFSET)) {
            throw new CorruptStoreException("bad timeline axis record");
        }
        return kind[0] == BY_OFFSET;
    }

    @Override
    public boolean byOffset() {
        return byOffset;
    }

    @Override
    public long position(long offset) {
        if (!byOffset) return times.placedTime(offset);
        if (offset < 0 || offset >= count) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + (count - 1));
        }
        return offset;
    }

    @Override
    public long offsetAtPosition(long position) {
        return byOffset ? Math.max(0, Math.min(count, position)) : times.offsetAtPlacedTime(position);
    }

    @Override
    public DensityPyramid density() {
        return density;
    }
}
