package dev.chronoscope.app;

import dev.chronoscope.event.Event;

/** One row of the events table; {@code event} is null while its page is still loading. */
record EventRow(long offset, Event event) {

    String summary() {
        if (event == null) return "…";
        String s = event.body() == null ? "" : event.body().toString();
        return s.length() > 160 ? s.substring(0, 159) + "…" : s;
    }
}
