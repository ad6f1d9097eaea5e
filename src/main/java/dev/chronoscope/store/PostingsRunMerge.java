package dev.chronoscope.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Merges the sorted runs a {@link PostingsWriterImpl} wrote into its final index.
 *
 * <p>Runs hold each key's offsets in arrival order, which the contract makes ascending, so the
 * runs holding a key mostly follow one another: the merge orders keys (comparing strings once
 * per key and run), then streams each key's offsets from its runs, taking from the run with
 * the smallest offset until another run's offset is smaller. That is one comparison of longs
 * per entry when the runs do not overlap, and still a correct merge when they do. Nothing is
 * gathered per key, so a key with millions of offsets costs no memory. A lone run is the index
 * already: its blocks move over as they are, with no decoding.
 */
final class PostingsRunMerge {
    private PostingsRunMerge() {}

    /** Writes runs (run i under id i + 1 in tmp) into index as one; returns the index's fence. */
    static PostingsBlocks.Fence merge(Map<Long, byte[]> tmp, List<PostingsBlocks.Fence> runs, Map<Long, byte[]> index) {
        if (runs.size() == 1) return moveToIndex(tmp, runs.get(0), index);
        PostingsBlocks.Writer out = new PostingsBlocks.Writer(index, 0);
        PriorityQueue<RunCursor> heap = new PriorityQueue<>(Math.max(1, runs.size()));
        for (int r = 0; r < runs.size(); r++) {
            RunCursor c = new RunCursor(tmp, r + 1L, runs.get(r));
            if (c.nextPiece()) heap.add(c);
        }
        List<RunCursor> holding = new ArrayList<>();
        while (!heap.isEmpty()) {
            String key = heap.peek().key;
            holding.clear();
            while (!heap.isEmpty() && heap.peek().key.equals(key)) holding.add(heap.poll());
            mergeKey(out, key, holding);
            for (RunCursor c : holding) {
                if (c.key != null) heap.add(c);
            }
        }
        return out.finish();
    }

    private static PostingsBlocks.Fence moveToIndex(Map<Long, byte[]> tmp, PostingsBlocks.Fence run, Map<Long, byte[]> index) {
        for (int blockNo = 0; blockNo < run.keys().length; blockNo++) {
            byte[] b = tmp.get(PostingsBlocks.key(1, blockNo));
            if (b == null) throw new CorruptStoreException("postings run block " + blockNo + " is missing");
            index.put(PostingsBlocks.key(0, blockNo), b);
        }
        return run;
    }

    /** Writes key's offsets from the runs that hold it, ascending and each once; leaves each run past the key. */
    private static void mergeKey(PostingsBlocks.Writer out, String key, List<RunCursor> holding) {
        long last = -1;
        int live = holding.size();
        boolean[] done = new boolean[live];
        while (live > 0) {
            int smallest = -1;
            long next = Long.MAX_VALUE;
            long second = Long.MAX_VALUE;
            for (int i = 0; i < done.length; i++) {
                if (done[i]) continue;
                long o = holding.get(i).offset();
                if (smallest < 0 || o < next) {
                    second = Math.min(second, next);
                    smallest = i;
                    next = o;
                } else {
                    second = Math.min(second, o);
                }
            }
            RunCursor c = holding.get(smallest);
            boolean more;
            do {
                long o = c.offset();
                if (o != last) out.add(key, o);
                last = o;
                more = c.advanceWithin(key);
            } while (more && c.offset() <= second);
            if (!more) {
                done[smallest] = true;
                live--;
            }
        }
    }

    /** Walks one run entry by entry, a piece (a key and its offsets within one block) at a time. */
    private static final class RunCursor implements Comparable<RunCursor> {
        private final Map<Long, byte[]> tmp;
        private final long runId;
        private final PostingsBlocks.Fence fence;
        private int blockNo = -1;
        private PostingsBlocks.Block block;
        private int piece = -1;
        private int entry;
        /** The current piece's key; null when the run is done. */
        String key;

        RunCursor(Map<Long, byte[]> tmp, long runId, PostingsBlocks.Fence fence) {
            this.tmp = tmp;
            this.runId = runId;
            this.fence = fence;
        }

        /** Moves to the next piece's first entry; false (and key null) when the run is done. */
        boolean nextPiece() {
            while (block == null || piece + 1 >= block.keys().length) {
                if (++blockNo >= fence.keys().length) {
                    key = null;
                    return false;
                }
                byte[] b = tmp.get(PostingsBlocks.key(runId, blockNo));
                if (b == null) throw new CorruptStoreException("postings run block " + blockNo + " is missing");
                block = PostingsBlocks.decode(b);
                piece = -1;
            }
            piece++;
            entry = block.starts()[piece];
            key = block.keys()[piece];
            return true;
        }

        long offset() {
            return block.offsets()[entry];
        }

        /** Steps to the next entry of key (a key may continue in the next block); false past its last. */
        boolean advanceWithin(String current) {
            if (++entry < block.starts()[piece + 1]) return true;
            return nextPiece() && key.equals(current);
        }

        /** Key order, then run order. */
        @Override
        public int compareTo(RunCursor o) {
            int c = key.compareTo(o.key);
            return c != 0 ? c : Long.compare(runId, o.runId);
        }
    }}
