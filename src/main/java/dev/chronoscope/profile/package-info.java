/**
 * Profiles: the JSON files that say how one schema of log maps to events and folds into state.
 * Owns the profile model, the loader (errors with file, line and column), detection, and the
 * built-in profiles shipped as resources under {@code /profiles}. Data only; imports event and
 * query.
 */
package dev.chronoscope.profile;
