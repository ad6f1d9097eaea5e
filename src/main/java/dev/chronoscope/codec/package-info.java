/**
 * Byte sinks and sources with varints, zigzag and short strings: the one growable byte buffer and its
 * reader behind the store, replay and causality encodings.
 *
 * <p>This is the bottom layer: it imports only the JDK, and every byte it writes is part of an on-disk
 * format (cache files and their tests depend on it), so an encoding here never changes; a new encoding is
 * a new method. Where two formats encode the same thing differently (text as tagged modified UTF-8 in the
 * store, as plain UTF-8 in replay) both are kept, under different names.
 */
package dev.chronoscope.codec;
