package dev.chronoscope.app;

import java.util.List;

/** A finding of the causal analysis with the position that places it on the timeline. */
record FindingMark(String kind, long offset, long position, String summary, List<String> subjects) {
    /** One line for menus and tooltips, e.g. "deadlock at #7302: process 301 waits for …". */
    String title() {
        String said = summary.startsWith(kind + ": ") ? summary.substring(kind.length() + 2) : summary;
        return kind + " at #" + offset + ": " + said;
    }

    String tooltip() {
        return title() + (subjects.isEmpty() ? "" : "\ninvolves " + String.join(", ", subjects));
    }
}
