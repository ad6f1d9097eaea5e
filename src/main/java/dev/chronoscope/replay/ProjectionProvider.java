package dev.chronoscope.replay;

/**
 * A built-in Java projection that a profile can name in its {@code projections} list. Found with
 * {@link java.util.ServiceLoader} (META-INF/services), so a profile file only ever names code that
 * ships with Chronoscope: rule files never run arbitrary code.
 */
public interface ProjectionProvider {

    String name();

    /** A fresh projection (it may keep private memory between events, rebuilt on replay). */
    Projection create();
}
