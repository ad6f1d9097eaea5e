package dev.chronoscope.query;

/**
 * One lexical unit of a filter expression. {@code column} is 1-based; {@code text} is the token as
 * typed (for strings: the unescaped content).
 */
record Token(Kind kind, String text, int column) {

    enum Kind {
        /** A name or bare word: letters, digits and {@code _ . $ [ ] - : / @ #}. */
        WORD,
        /** A number as typed: {@code 42}, {@code -1.5}, {@code 1e6}. */
        NUMBER,
        /** A number with a time unit: {@code 250us}, {@code 1.5ms}. */
        DURATION,
        /** A quoted string, escapes already applied. */
        STRING,
        /** One of {@code = != < <= > >= ~}. */
        OPERATOR,
        LPAREN,
        RPAREN,
        COMMA,
        END
    }

    boolean isKeyword(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    /** How the token reads in an error message. */
    String describe() {
        return switch (kind) {
            case END -> "the end of the expression";
            case STRING -> "\"" + text + "\"";
            default -> "'" + text + "'";
        };
    }
}
