/**
 * Time travel over state: the {@link dev.chronoscope.replay.Projection} SPI and rule projections,
 * the flat state tree, per-event reversible changes, checkpoints, the path index, and the
 * {@code Cursor} that seeks (nearest checkpoint + replay of at most N change sets) and steps
 * (apply / undo one event's changes). Imports event, profile, query and store.
 */
package dev.chronoscope.replay;
