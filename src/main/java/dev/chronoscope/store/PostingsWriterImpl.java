package dev.chronoscope.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Collects (key, offset) postings in a hash map until about {@link #BUDGET} bytes, then writes
 * them as a sorted run. The map keeps insertion order, so keys that arrive mostly sorted (one key
 * per offset, as causality writes them) sort in near-linear time. {@link #finish} merges the runs (offsets may arrive in any order, and
 * repeated entries collapse) into the final index. Memory stays bounded however many keys and
 * entries arrive; the merge holds one block per run.
 */
final class PostingsWriterImpl implements Postings.Writer {
    static final long BUDGET = 24L << 20;

    private final Map<Long, byte[]> tmp;
    private final Map<Long, byte[]> index;
    private final long budget;
    private final LinkedHashMap<String, LongBuf> buffer = new LinkedHashMap<>();
    private long estimate;
    private final List<PostingsBlocks.Fence> runs = new ArrayList<>();
    private long bytes;

    PostingsWriterImpl(Map<Long, byte[]> tmp, Map<Long, byte[]> index, long budget) {
        this.tmp = tmp;
        this.index = index;
        this.budget = budget;
    }

    @Override
    public void add(String key, long offset) {
        bufferOf(key).add(offset);
        estimate += 8;
        if (estimate > budget) flushRun();
    }

    @Override
    public void addAll(String key, long[] offsets, int count) {
        LongBuf buf = bufferOf(key);
        for (int i = 0; i < count; i++) buf.add(offsets[i]);
        estimate += 8L * count;
        if (estimate > budget) flushRun();
    }

    private LongBuf bufferOf(String key) {
        if (key == null) throw new IllegalArgumentException("postings key is null");
        LongBuf offsets = buffer.get(key);
        if (offsets == null) {
            offsets = new LongBuf(2);
            buffer.put(key, offsets);
            estimate += 112 + 2L * key.length();
        }
        return offsets;
    }

    long bytesWritten() {
        return bytes + estimate / 4;
    }

    private void flushRun() {
        if (buffer.isEmpty()) return;
        runs.add(writeBuffer(new PostingsBlocks.Writer(tmp, runs.size() + 1L)));
    }

    private PostingsBlocks.Fence writeBuffer(PostingsBlocks.Writer w) {
        String[] keys = buffer.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        for (String k : keys) {
            for (long o : buffer.get(k).toSortedDistinctArray()) w.add(k, o);
        }
        buffer.clear();
        estimate = 0;
        PostingsBlocks.Fence fence = w.finish();
        bytes += w.bytes();
        return fence;
    }

    /** Merges all runs into the final index; returns its fence. */
    PostingsBlocks.Fence finish() {
        if (runs.isEmpty()) return writeBuffer(new PostingsBlocks.Writer(index, 0));
        flushRun();
        PostingsBlocks.Writer out = new PostingsBlocks.Writer(index, 0);
        PriorityQueue<RunCursor> heap = new PriorityQueue<>(Math.max(1, runs.size()), RunCursor::compareTo);
        for (int r = 0; r < runs.size(); r++) {
            RunCursor c = new RunCursor(r + 1L, runs.get(r));
            if (c.next()) heap.add(c);
        }
        String lastKey = null;
        long lastOffset = 0;
        while (!heap.isEmpty()) {
            RunCursor c = heap.poll();
            boolean more;
            do {
                if (lastKey == null || c.offset != lastOffset || !c.key.equals(lastKey)) {
                    out.add(c.key, c.offset);
                    lastKey = c.key;
                    lastOffset = c.offset;
                }
                more = c.next();
            } while (more && (heap.isEmpty() || c.compareTo(heap.peek()) <= 0));
            if (more) heap.add(c);
        }
        tmp.clear();
        return out.finish();
    }

    /** Walks one run entry by entry, one decoded block at a time. */
    private final class RunCursor implements Comparable<RunCursor> {
        private final long runId;
        private final PostingsBlocks.Fence fence;
        private int blockNo = -1;
        private PostingsBlocks.Block block;
        private int piece;
        private int entry;
        String key;
        long offset;

        RunCursor(long runId, PostingsBlocks.Fence fence) {
            this.runId = runId;
            this.fence = fence;
        }

        boolean next() {
            while (block == null || entry >= block.offsets().length) {
                if (++blockNo >= fence.keys().length) return false;
                byte[] b = tmp.get(PostingsBlocks.key(runId, blockNo));
                if (b == null) throw new CorruptStoreException("postings run block " + blockNo + " is missing");
                block = PostingsBlocks.decode(b);
                piece = 0;
                entry = 0;
            }
            while (entry >= block.starts()[piece + 1]) piece++;
            key = block.keys()[piece];
            offset = block.offsets()[entry++];
            return true;
        }

        @Override
        public int compareTo(RunCursor o) {
            int c = key == o.key ? 0 : key.compareTo(o.key);
            return c != 0 ? c : Long.compare(offset, o.offset);
        }
    }
}
