package dev.chronoscope.replay;

import java.util.List;

/**
 * A position in the log with the state after it. Not thread-safe: one owner (the app's background
 * worker, a CLI command). Offsets run from -1 (before the first event) to count-1.
 */
public interface Cursor {

    long offset();

    /** Moves to offset k: nearest checkpoint ≤ k, then at most N change sets applied. */
    void seek(long k);

    /** Applies the next event's changes; false at the end. */
    boolean stepForward();

    /** Undoes the current event's changes; false at -1. */
    boolean stepBack();

    /** The changes of the event at the cursor (what it changed), empty at -1. */
    List<Change> changesAtCursor();

    /** An immutable snapshot of the state at the cursor. */
    State snapshot();
}
