package dev.chronoscope.query;

import dev.chronoscope.event.Event;

/** A parsed expression; immutable, so one instance may be shared by threads. */
final class CompiledFilter implements Filter {
    private final String text;
    private final Expr root;

    CompiledFilter(String text, Expr root) {
        this.text = text;
        this.root = root;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public boolean test(Event event) {
        try {
            return root.test(event);
        } catch (RegexTest.GaveUp e) {
            throw new FilterGaveUpException(e.column, event.offset(), e.getMessage());
        }
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
