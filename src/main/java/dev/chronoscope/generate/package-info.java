/**
 * Synthetic logs of the seed systems' stories, deterministic by seed, used for the committed
 * samples, the benchmarks and tests. Writes files only; imports Jackson and nothing of the engine.
 */
package dev.chronoscope.generate;
