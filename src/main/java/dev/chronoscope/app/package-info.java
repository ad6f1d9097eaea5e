/**
 * The desktop face: JavaFX views over the engine's {@link dev.chronoscope.engine.LogSession}.
 * Small model / view / controller pieces (AtlantaFX themes, Ikonli icons, ControlsFX) with
 * explicit activate and dispose; the timeline and the causality diagram draw on canvases from
 * data loaded off the FX thread. The FX thread never calls the engine: seeks run on the cursor
 * worker, queries and loads on the background pool, and scrubbing is coalesced to one update per
 * pulse, a newer request replacing an older one. The only package that imports JavaFX.
 */
package dev.chronoscope.app;
