package dev.chronoscope.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.NavigableMap;
import java.util.PriorityQueue;

/**
 * Collects (key, offset) postings in a hash map until about {@link #BUDGET} bytes, then writes
 * them as a sorted run; {@link #finish} merges the runs (offsets may arrive in any order, and
 * repeated entries collapse) into the final index. Memory stays bounded however many keys and
 * entries arrive; the merge holds one block per run.
 */
final class PostingsWriterImpl implements Postings.Writer {
    static final long BUDGET = 24L << 20;

    private final NavigableMap<Long, byte[]> tmp;
    private final NavigableMap<Long, byte[]> index;
    private final long budget;
    private final HashMap<String, LongBuf> buffer = new HashMap<>();
    private long estimate;
    private final List<PostingsBlocks.Fence> runs = new ArrayList<>();
    private long bytes;

    PostingsWriterImpl(NavigableMap<Long, byte[]> tmp, NavigableMap<Long, byte[]> index, long budget) {
        this.tmp = tmp;
        this.index = index;
        this.budget = budget;
    }

    @Override
    public void add(String key, long offset) {
        if (key == null) throw new IllegalArgumentException("postings key is null");
        LongBuf offsets = buffer.get(key);
        if (offsets == null) {
            offsets = new LongBuf(2);
            buffer.put(key, offsets);
            estimate += 96 + 2L * key.length();
        }
        offsets.add(offset);
        estimate += 8;
        if (estimate > budget) flushRun();
    }

    long bytesWritten() {
        return bytes + estimate / 4;
    }

    private void flushRun() {
        if (buffer.isEmpty()) return;
        String[] keys = buffer.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        PostingsBlocks.Writer w = new PostingsBlocks.Writer(tmp, runs.size() + 1L);
        for (String k : keys) {
            for (long o : buffer.get(k).toSortedDistinctArray()) w.add(k, o);
        }
        runs.add(w.finish());
        bytes += w.bytes();
        buffer.clear();
        estimate = 0;
    }

    /** Merges all runs into the final index; returns its fence. */
    PostingsBlocks.Fence finish() {
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
