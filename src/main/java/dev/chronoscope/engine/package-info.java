/**
 * The one engine both faces use: {@link dev.chronoscope.engine.Chronoscope#open} sniffs, ingests
 * (or reuses the cache), folds and links a log and hands back a {@link
 * dev.chronoscope.engine.LogSession} that answers every question the app and the CLI ask. Imports
 * everything below app and cli; nothing here knows about JavaFX.
 */
package dev.chronoscope.engine;
