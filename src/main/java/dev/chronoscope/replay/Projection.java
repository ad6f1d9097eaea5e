package dev.chronoscope.replay;

import dev.chronoscope.event.Event;

/**
 * Folds events into the state tree, one event at a time, through a narrow writer. Rule files are
 * the usual way to write one ({@code RuleProjection}); this SPI is for what rules cannot say
 * (a call stack from begin/end pairs, say). A projection must be deterministic: the same events in
 * the same order give the same writes, because replay re-derives state from checkpoints.
 */
public interface Projection {

    void apply(Event event, StateWriter state);
}
