package dev.chronoscope.profile;

/** A profile that cannot be used; the message names the file, line and column and what is wrong. */
public class ProfileException extends Exception {
    private final String source;
    private final int line;
    private final int column;

    /**
     * A problem at a place in the profile; line and column are 1-based. Jackson reports column 0
     * before it has read a character (an empty file), which is the first column to a reader.
     */
    public ProfileException(String source, int line, int column, String problem) {
        super(source + ":" + Math.max(1, line) + ":" + Math.max(1, column) + ": " + problem);
        this.source = source;
        this.line = Math.max(1, line);
        this.column = Math.max(1, column);
    }

    /** A problem with the profile as a whole (not found, unreadable): no line or column, both 0. */
    public ProfileException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
        this.line = 0;
        this.column = 0;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
