package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.chronoscope.event.Event;

/** The envelope references a rule may name: {@code $type}, {@code $time}, {@code $lane}, ... */
enum Envelope {
    TYPE("$type"), TIME("$time"), LANE("$lane"), OFFSET("$offset"), ID("$id");

    final String spelling;

    Envelope(String spelling) {
        this.spelling = spelling;
    }

    static Envelope named(String spelling) {
        for (Envelope e : values()) if (e.spelling.equals(spelling)) return e;
        return null;
    }

    /** The value for this event, or null when the event has none (no time, no id). */
    JsonNode of(Event event) {
        return switch (this) {
            case TYPE -> TextNode.valueOf(event.type());
            case TIME -> event.hasTime() ? LongNode.valueOf(event.time()) : null;
            case LANE -> TextNode.valueOf(event.lane());
            case OFFSET -> LongNode.valueOf(event.offset());
            case ID -> event.id() == null ? null : TextNode.valueOf(event.id());
        };
    }
}
