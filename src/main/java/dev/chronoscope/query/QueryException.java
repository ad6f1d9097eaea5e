package dev.chronoscope.query;

/** A malformed filter expression: {@code col 14: expected a value after '='}. Columns are 1-based. */
public class QueryException extends Exception {
    private final int column;
    private final String expected;

    public QueryException(int column, String expected) {
        super("col " + column + ": " + expected);
        this.column = column;
        this.expected = expected;
    }

    public int column() {
        return column;
    }

    public String expected() {
        return expected;
    }
}
