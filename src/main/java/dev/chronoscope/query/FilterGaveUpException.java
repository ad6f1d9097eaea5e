package dev.chronoscope.query;

/**
 * A filter that could not decide on one event: its regular expression backtracked past its budget
 * on a long value ({@code col 9: the regular expression /.../ gave up on the event at offset 5: ...}).
 * Unchecked because a {@link Filter} is a predicate; whoever runs a filter over a log reports it as
 * they report a malformed expression.
 */
public class FilterGaveUpException extends RuntimeException {
    private final int column;
    private final long offset;

    FilterGaveUpException(int column, long offset, String problem) {
        super("col " + column + ": at the event at offset " + offset + ", " + problem);
        this.column = column;
        this.offset = offset;
    }

    public int column() {
        return column;
    }

    /** The event the filter could not decide on. */
    public long offset() {
        return offset;
    }
}
