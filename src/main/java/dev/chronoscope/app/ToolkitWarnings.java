package dev.chronoscope.app;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * Keeps JavaFX's "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'"
 * warning off the user's terminal. The toolkit logs it at every start when it is loaded from the
 * class path, as a runnable jar with its dependencies inside must load it; it says nothing the user
 * can act on and reads like a fault. Only that one message of the toolkit's main logger is dropped:
 * its other warnings, and those of its child loggers (CSS, layout, input), still show.
 */
final class ToolkitWarnings {
    static final String UNNAMED_MODULE = "Unsupported JavaFX configuration";
    /** Held so that the logger, and the filter set on it, outlive garbage collection. */
    private static final Logger TOOLKIT = Logger.getLogger("javafx");

    private ToolkitWarnings() {}

    /** Call before the toolkit starts. */
    static void quietUnnamedModuleWarning() {
        Filter before = TOOLKIT.getFilter();
        TOOLKIT.setFilter(r -> !isUnnamedModuleWarning(r.getMessage()) && (before == null || before.isLoggable(r)));
    }

    static boolean isUnnamedModuleWarning(String message) {
        return message != null && message.startsWith(UNNAMED_MODULE);
    }
}
