package dev.chronoscope.store;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * A string key → ascending offsets index (e.g. state path → offsets where it changed). Answers the
 * time-travel questions in O(log n): last change before the cursor, all changes in a range.
 */
public interface Postings {

    /** Offsets of key in [from, to), ascending. */
    long[] offsets(String key, long from, long to);

    /** The greatest offset of key that is ≤ offset, or -1. */
    long floor(String key, long offset);

    /** The least offset of key that is ≥ offset, or -1. */
    long ceiling(String key, long offset);

    long count(String key);

    /** Keys equal to prefix or starting with prefix, sorted; at most limit of them. */
    List<String> keysWithPrefix(String prefix, int limit);

    /**
     * Every key from fromKey to toKey inclusive (in String order) with all its offsets, ascending by
     * key: one pass over the index where a lookup per key would search it once per key.
     */
    void forEachKey(String fromKey, String toKey, BiConsumer<String, long[]> visitor);

    interface Writer {
        /** Offsets per key must not decrease; memory stays bounded however many are added. */
        void add(String key, long offset);

        /** Adds offsets[0 .. count) to key, as count calls of {@link #add} would. */
        default void addAll(String key, long[] offsets, int count) {
            for (int i = 0; i < count; i++) add(key, offsets[i]);
        }

        /**
         * Adds offset under the key that is number's decimal text ({@code Long.toString(number)}),
         * as {@link #add} would, for indexes keyed by offsets: a writer may keep such keys as
         * numbers until it writes them. number must not be negative.
         */
        default void addUnderNumber(long number, long offset) {
            add(Long.toString(number), offset);
        }

        /**
         * Opens a run for a producer that orders its own entries (the fold's path index keeps
         * each path's offsets beside the path): keys arrive in ascending String order, with their
         * offsets ascending and distinct, and go straight into sorted blocks, with none
         * of this writer's buffering or sorting. When the producer writes nothing else, its one run
         * becomes the final index as it is, with no merge. Nothing else may be added until the run
         * is closed. This default takes the run's entries as plain adds.
         */
        default SortedRun sortedRun() {
            return new SortedRun() {
                @Override
                public void add(String key, long[] offsets, int count) {
                    addAll(key, offsets, count);
                }

                @Override
                public void close() {}
            };
        }

        /**
         * Builds the final index now, on the calling thread, so that a producer on a thread of its
         * own can do this work beside the others' instead of in the store's serial commit; nothing
         * may be added afterwards. The commit builds any index not finished this way.
         */
        default void finishNow() {}
    }

    /** One run of a {@link Writer#sortedRun}; entries that break its order are refused. */
    interface SortedRun extends AutoCloseable {
        /**
         * Adds offsets[0 .. count), ascending and distinct, under key, which must be the run's
         * previous key (its offsets then continue, after the ones already added) or follow it.
         */
        void add(String key, long[] offsets, int count);

        /** Ends the run; the writer takes other entries again. */
        @Override
        void close();
    }
}
