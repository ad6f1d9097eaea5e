package dev.chronoscope.query;

import dev.chronoscope.event.Event;
import java.util.function.Predicate;

/**
 * A compiled filter expression (formats/query.md). Thread-safe; evaluate as often as you like.
 * Parse with {@code Filters.parse(text)}; a malformed expression throws {@link QueryException}
 * naming the column and what was expected.
 */
public interface Filter extends Predicate<Event> {

    /** The expression as the user typed it ("" for match-all). */
    String text();
}
