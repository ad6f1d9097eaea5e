package dev.chronoscope.query;

/** Entry point of the filter language. */
public final class Filters {
    private static final Filter ALL = new CompiledFilter("", new Expr.All());

    private Filters() {}

    /** Compiles an expression; blank text matches every event. */
    public static Filter parse(String expression) throws QueryException {
        if (expression == null || expression.isBlank()) return ALL;
        return new CompiledFilter(expression, Parser.parse(expression));
    }
}
