/**
 * The command line (formats/cli.md): picocli commands over the engine's
 * {@link dev.chronoscope.engine.LogSession}. Exit status 0 ok, 1 the log or an argument is
 * unusable (the message says which and where), 2 usage error. Imports everything but app.
 */
package dev.chronoscope.cli;
