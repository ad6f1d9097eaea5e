/**
 * The normalised event every other package speaks: {@link dev.chronoscope.event.Event} (envelope
 * plus the record as written), {@link dev.chronoscope.event.Severity},
 * {@link dev.chronoscope.event.Link} and {@link dev.chronoscope.event.VectorClock}, with the ways
 * into a record that readers and folds share ({@link dev.chronoscope.event.FieldPath},
 * {@link dev.chronoscope.event.NumberStrings}). Depends on the JDK and Jackson's tree types only.
 */
package dev.chronoscope.event;
