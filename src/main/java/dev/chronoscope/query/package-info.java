/**
 * The filter language (formats/query.md): a hand-written recursive-descent parser whose errors name
 * the column, and an evaluator over {@link dev.chronoscope.event.Event}s used by the CLI, rules'
 * {@code when} and the app's filter box. Imports event only.
 */
package dev.chronoscope.query;
