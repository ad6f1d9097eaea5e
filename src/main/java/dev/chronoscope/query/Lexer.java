package dev.chronoscope.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a filter expression into tokens. Runs of operator characters are read as one token so that
 * {@code ==}, {@code <>} or {@code =~} are reported as unknown operators instead of being misread as
 * two valid ones. A word that starts like a number is a NUMBER or a DURATION when it is exactly one,
 * and otherwise a bare word (ids such as {@code 0193a5c2-7d1e} start with digits too).
 */
final class Lexer {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern DURATION = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s)");
    private static final String OPERATOR_CHARS = "=!<>~&|";

    private final String text;
    private int pos;

    private Lexer(String text) {
        this.text = text;
    }

    static List<Token> tokenize(String text) throws QueryException {
        return new Lexer(text).run();
    }

    private List<Token> run() throws QueryException {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
            if (pos >= text.length()) {
                tokens.add(new Token(Token.Kind.END, "", text.length() + 1));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() throws QueryException {
        char c = text.charAt(pos);
        int column = pos + 1;
        switch (c) {
            case '(' -> { pos++; return new Token(Token.Kind.LPAREN, "(", column); }
            case ')' -> { pos++; return new Token(Token.Kind.RPAREN, ")", column); }
            case ',' -> { pos++; return new Token(Token.Kind.COMMA, ",", column); }
            case '"', '\'' -> { return string(c, column); }
            default -> { }
        }
        if (OPERATOR_CHARS.indexOf(c) >= 0) return operator(column);
        if (startsNumber(c)) return numberOrWord(column);
        if (isWordStart(c)) return new Token(Token.Kind.WORD, word(), column);
        throw new QueryException(column, "unexpected character '" + c + "'");
    }

    private Token operator(int column) throws QueryException {
        int start = pos;
        while (pos < text.length() && OPERATOR_CHARS.indexOf(text.charAt(pos)) >= 0) pos++;
        String op = text.substring(start, pos);
        switch (op) {
            case "=", "!=", "<", "<=", ">", ">=", "~" -> { return new Token(Token.Kind.OPERATOR, op, column); }
            case "==" -> throw new QueryException(column, "unknown operator '==' (use '=')");
            case "&&", "&" -> throw new QueryException(column, "unknown operator '" + op + "' (use 'and')");
            case "||", "|" -> throw new QueryException(column, "unknown operator '" + op + "' (use 'or')");
            case "!" -> throw new QueryException(column, "unknown operator '!' (use 'not' or '!=')");
            case "<>" -> throw new QueryException(column, "unknown operator '<>' (use '!=')");
            case "=~" -> throw new QueryException(column, "unknown operator '=~' (use '~')");
            default -> throw new QueryException(column,
                    "unknown operator '" + op + "' (expected one of = != < <= > >= ~)");
        }
    }

    private boolean startsNumber(char c) {
        if (Character.isDigit(c)) return true;
        if (c != '-' && c != '+' && c != '.') return false;
        int i = pos + 1;
        if (i < text.length() && text.charAt(i) == '.' && c != '.') i++;
        return i < text.length() && Character.isDigit(text.charAt(i));
    }

    private Token numberOrWord(int column) throws QueryException {
        int start = pos;
        pos++;
        String w = text.substring(start, start + 1) + word();
        if (NUMBER.matcher(w).matches()) return new Token(Token.Kind.NUMBER, w, column);
        if (DURATION.matcher(w).matches()) return new Token(Token.Kind.DURATION, w, column);
        return new Token(Token.Kind.WORD, w, column);
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$' || c == '@';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || "_.$[]-:/@#".indexOf(c) >= 0;
    }

    /**
     * Reads word characters from pos; an exponent sign ({@code 1e-6}) stays inside the word, and so
     * does a quoted key in brackets ({@code $["odd key"]}, {@code attributes['http.method']}).
     */
    private String word() throws QueryException {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '[' && pos + 1 < text.length() && (text.charAt(pos + 1) == '"' || text.charAt(pos + 1) == '\'')) {
                pos = afterQuotedKey(pos);
                continue;
            }
            boolean exponentSign = (c == '+') && pos > start && "eE".indexOf(text.charAt(pos - 1)) >= 0;
            if (!isWordPart(c) && !exponentSign) break;
            pos++;
        }
        return text.substring(start, pos);
    }

    /** Where the bracketed quoted key that opens at {@code open} ends. */
    private int afterQuotedKey(int open) throws QueryException {
        char quote = text.charAt(open + 1);
        int close = text.indexOf(quote, open + 2);
        if (close < 0 || close + 1 >= text.length() || text.charAt(close + 1) != ']') {
            throw new QueryException(open + 1, "expected a key in quotes closed by " + quote + "] after '['");
        }
        return close + 2;
    }

    private Token string(char quote, int column) throws QueryException {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) return new Token(Token.Kind.STRING, sb.toString(), column);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) break;
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'u' -> sb.append(unicodeEscape(pos - 2));
                // Any other escaped character stands for itself (\" \' \\), except that a regex
                // escape such as \d or \. must survive for '~', so the backslash is kept.
                default -> {
                    if (e != quote && e != '\\' && e != '"' && e != '\'') sb.append('\\');
                    sb.append(e);
                }
            }
        }
        throw new QueryException(column, "unterminated string: expected a closing " + quote);
    }

    private char unicodeEscape(int escapeStart) throws QueryException {
        if (pos + 4 > text.length()) throw new QueryException(escapeStart + 1, "expected four hex digits after \\u");
        try {
            char ch = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
            pos += 4;
            return ch;
        } catch (NumberFormatException ex) {
            throw new QueryException(escapeStart + 1, "expected four hex digits after \\u");
        }
    }
}
