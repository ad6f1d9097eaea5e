package dev.chronoscope.event;

import java.util.Locale;

/** How bad an event is; ordered by rank so that filters and the density pyramid can compare. */
public enum Severity {
    TRACE, DEBUG, INFO, WARN, ERROR, CRITICAL;

    public int rank() {
        return ordinal();
    }

    public static Severity worst(Severity a, Severity b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /**
     * Reads the names logs use (TRACE, DEBUG, INFO, WARN/WARNING, ERROR, CRITICAL/FATAL, also
     * lower case and prefixed forms such as {@code EVENT_LEVEL_WARN}) and syslog numbers
     * (0 emergency .. 7 debug). Returns null when the text names no severity.
     */
    public static Severity parse(String text) {
        if (text == null || text.isEmpty()) return null;
        String s = text.trim().toUpperCase(Locale.ROOT);
        int underscore = s.lastIndexOf('_');
        if (underscore >= 0 && underscore < s.length() - 1) s = s.substring(underscore + 1);
        switch (s) {
            case "TRACE": case "FINEST": case "VERBOSE": return TRACE;
            case "DEBUG": case "FINE": case "FINER": return DEBUG;
            case "INFO": case "INFORMATION": case "NOTICE": case "ESSENTIAL": return INFO;
            case "WARN": case "WARNING": return WARN;
            case "ERROR": case "ERR": case "SEVERE": return ERROR;
            case "CRITICAL": case "CRIT": case "FATAL": case "ALERT": case "EMERGENCY": case "EMERG": case "PANIC": return CRITICAL;
            default: break;
        }
        try {
            return fromSyslog(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Syslog levels: 0-2 critical, 3 error, 4 warning, 5-6 info, 7 debug. */
    public static Severity fromSyslog(int level) {
        if (level <= 2) return CRITICAL;
        if (level == 3) return ERROR;
        if (level == 4) return WARN;
        if (level <= 6) return INFO;
        return DEBUG;
    }
}
