package dev.chronoscope.query;

/**
 * Entry point of the filter language (formats/query.md). Decisions the contract leaves open:
 * <ul>
 *   <li>A missing field is not null: {@code reason = null} is true only for a JSON null, and
 *       {@code reason != null} is true when the field is absent (every {@code !=} is, per the
 *       contract). Write {@code exists reason and reason != null} for "has a value";
 *       {@code exists} is true for a field present with a null value.</li>
 *   <li>Numbers compare numerically when both sides are numeric, a numeric string in the record
 *       included ({@code "pid": "1234"}); otherwise the texts compare. Durations ({@code ns, us,
 *       ms, s}) are nanoseconds and compare as numbers with any field.</li>
 *   <li>{@code time}, {@code offset} and {@code duration} accept only numbers and durations, and
 *       {@code severity} only severity names (ranked; WARNING and FATAL are aliases), so a typo
 *       such as {@code duration > 10sec} is an error rather than a silent string comparison.</li>
 *   <li>Keywords are case-insensitive; {@code x not in (...)} is accepted; {@code $.name} reaches a
 *       record field whose name is an envelope field ({@code $.type}) or a number ({@code $.2}).</li>
 *   <li>Containers (objects, arrays) compare and match regexes as their JSON text.</li>
 * </ul>
 */
public final class Filters {
    private static final Filter ALL = new CompiledFilter("", new Expr.All());

    private Filters() {}

    /** Compiles an expression; blank text matches every event. */
    public static Filter parse(String expression) throws QueryException {
        if (expression == null || expression.isBlank()) return ALL;
        return new CompiledFilter(expression, Parser.parse(expression));
    }
}
