package dev.chronoscope.query;

import dev.chronoscope.event.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Recursive descent over the tokens:
 * <pre>
 *   or        := and ("or" and)*
 *   and       := unary ("and" unary)*
 *   unary     := "not" unary | primary
 *   primary   := "(" or ")" | "exists" NAME | NAME op value | NAME ["not"] "in" "(" value ("," value)* ")"
 * </pre>
 * Every literal is checked against its field while parsing (a severity must name a severity, a
 * duration needs a number or a duration, a regex must compile), so that a mistake is an error with a
 * column rather than a filter that silently matches nothing or everything.
 */
final class Parser {
    private static final String OPERATORS = "=, !=, <, <=, >, >=, ~, in";
    private static final String SEVERITIES = "TRACE, DEBUG, INFO, WARN, ERROR, CRITICAL";
    /**
     * Each '(' and 'not' is a level of recursion here and in evaluation; without a bound a pasted
     * or generated expression of some thousand levels overflows the stack instead of being an error.
     */
    static final int MAX_NESTING = 256;

    private final List<Token> tokens;
    private int index;
    private int nesting;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Expr parse(String text) throws QueryException {
        Parser p = new Parser(Lexer.tokenize(text));
        Expr root = p.or();
        Token rest = p.peek();
        if (rest.kind() == Token.Kind.RPAREN) throw new QueryException(rest.column(), "unexpected ')' with no matching '('");
        if (rest.kind() != Token.Kind.END) {
            throw new QueryException(rest.column(), "unexpected " + rest.describe() + " after a complete expression");
        }
        return root;
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token next() {
        Token t = tokens.get(index);
        if (t.kind() != Token.Kind.END) index++;
        return t;
    }

    private Expr or() throws QueryException {
        List<Expr> parts = new ArrayList<>();
        parts.add(and());
        while (peek().isKeyword("or")) {
            Token or = next();
            parts.add(conditionAfter(or));
        }
        return parts.size() == 1 ? parts.get(0) : new Expr.Or(parts.toArray(Expr[]::new));
    }

    private Expr and() throws QueryException {
        List<Expr> parts = new ArrayList<>();
        parts.add(unary());
        while (peek().isKeyword("and")) {
            Token and = next();
            parts.add(conditionAfterAnd(and));
        }
        return parts.size() == 1 ? parts.get(0) : new Expr.And(parts.toArray(Expr[]::new));
    }

    private Expr conditionAfter(Token or) throws QueryException {
        requireCondition(or);
        return and();
    }

    private Expr conditionAfterAnd(Token and) throws QueryException {
        requireCondition(and);
        return unary();
    }

    private void requireCondition(Token after) throws QueryException {
        Token t = peek();
        if (t.kind() == Token.Kind.END || t.kind() == Token.Kind.RPAREN || t.isKeyword("and") || t.isKeyword("or")) {
            throw new QueryException(t.column(), "expected a condition after '" + after.text() + "'");
        }
    }

    private Expr unary() throws QueryException {
        if (peek().isKeyword("not")) {
            Token not = next();
            requireCondition(not);
            enter(not);
            Expr negated = unary();
            nesting--;
            return new Expr.Not(negated);
        }
        return primary();
    }

    private void enter(Token level) throws QueryException {
        if (++nesting > MAX_NESTING) {
            throw new QueryException(level.column(), "expected at most " + MAX_NESTING + " nested '(' and 'not'; the expression is too deep");
        }
    }

    private Expr primary() throws QueryException {
        Token t = next();
        switch (t.kind()) {
            case LPAREN -> {
                if (peek().kind() == Token.Kind.RPAREN) throw new QueryException(peek().column(), "expected a condition inside '(' ')'");
                enter(t);
                Expr inner = or();
                nesting--;
                Token close = next();
                if (close.kind() != Token.Kind.RPAREN) {
                    throw new QueryException(close.column(), "expected ')' to close the '(' at col " + t.column()
                            + " but found " + close.describe());
                }
                return inner;
            }
            case WORD -> {
                if (t.isKeyword("exists")) return new Expr.Exists(field(next(), "a field name after 'exists'"));
                FieldRef field = field(t, "a field name, 'not', 'exists' or '('");
                return comparison(field, t);
            }
            case RPAREN -> throw new QueryException(t.column(), "unexpected ')': expected a condition");
            case END -> throw new QueryException(t.column(), "expected a condition");
            default -> throw new QueryException(t.column(),
                    "expected a field name, 'not', 'exists' or '(' but found " + t.describe());
        }
    }

    private FieldRef field(Token t, String expected) throws QueryException {
        if (t.kind() != Token.Kind.WORD || isReserved(t)) {
            throw new QueryException(t.column(), "expected " + expected + " but found " + t.describe());
        }
        try {
            return FieldRef.of(t.text());
        } catch (IllegalArgumentException e) {
            throw new QueryException(t.column(), "malformed field name '" + t.text() + "': " + e.getMessage());
        }
    }

    private static boolean isReserved(Token t) {
        for (String k : new String[] {"and", "or", "not", "in", "exists"}) {
            if (t.isKeyword(k)) return true;
        }
        return false;
    }

    private Expr comparison(FieldRef field, Token name) throws QueryException {
        Token t = next();
        if (t.isKeyword("in")) return new Expr.Condition(field, inList(field, t));
        if (t.isKeyword("not") && peek().isKeyword("in")) {
            Token in = next();
            return new Expr.Not(new Expr.Condition(field, inList(field, in)));
        }
        if (t.kind() != Token.Kind.OPERATOR) {
            throw new QueryException(t.column(), "expected an operator (" + OPERATORS + ") after '" + name.text()
                    + "' but found " + t.describe());
        }
        Token valueToken = next();
        if (t.text().equals("~")) return new Expr.Condition(field, regex(valueToken));
        Op op = Op.of(t.text());
        Literal literal = value(field, op, t, valueToken);
        return new Expr.Condition(field, new Comparison(op, literal));
    }

    private RegexTest regex(Token t) throws QueryException {
        if (!(t.kind() == Token.Kind.STRING || (t.kind() == Token.Kind.WORD && !isReserved(t))
                || t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.DURATION)) {
            throw new QueryException(t.column(), "expected a regular expression after '~' but found " + t.describe());
        }
        try {
            return new RegexTest(Pattern.compile(t.text()), t.column());
        } catch (PatternSyntaxException e) {
            throw new QueryException(t.column(), "invalid regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""));
        }
    }

    private InList inList(FieldRef field, Token in) throws QueryException {
        Token open = next();
        if (open.kind() != Token.Kind.LPAREN) {
            throw new QueryException(open.column(), "expected '(' after 'in' but found " + open.describe());
        }
        List<Literal> values = new ArrayList<>();
        Token previous = open;
        while (true) {
            values.add(value(field, Op.EQ, previous, next()));
            Token sep = next();
            if (sep.kind() == Token.Kind.RPAREN) return new InList(values);
            if (sep.kind() != Token.Kind.COMMA) {
                throw new QueryException(sep.column(), "expected ',' or ')' in the list opened at col " + open.column()
                        + " but found " + sep.describe());
            }
            previous = sep;
        }
    }

    /** Reads the literal in {@code t} that follows {@code after} and checks it suits the field and operator. */
    private Literal value(FieldRef field, Op op, Token after, Token t) throws QueryException {
        Literal literal = switch (t.kind()) {
            case NUMBER -> Literal.number(t.text());
            case DURATION -> Literal.duration(t.text());
            case STRING -> Literal.string(t.text());
            case WORD -> word(t);
            default -> null;
        };
        if (literal == null) throw new QueryException(t.column(), "expected a value after '" + after.text() + "'");
        if (field.kind == FieldRef.Kind.SEVERITY) return severity(t, literal);
        if (op.ordering() && (literal.kind == Literal.Kind.NULL || literal.kind == Literal.Kind.BOOLEAN)) {
            throw new QueryException(t.column(), "'" + op.symbol + "' needs a number, duration or string, not " + literal.text);
        }
        if (field.isNumericEnvelope() && !literal.numeric && literal.kind != Literal.Kind.NULL) {
            throw new QueryException(t.column(), "expected a number or a duration (e.g. 250us, 1.5ms, 2s) for '"
                    + field.name + "' but found " + t.describe());
        }
        return literal;
    }

    private static Literal word(Token t) {
        String w = t.text();
        if (w.equalsIgnoreCase("and") || w.equalsIgnoreCase("or")) return null;
        if (w.equals("true")) return Literal.bool(true);
        if (w.equals("false")) return Literal.bool(false);
        if (w.equals("null")) return Literal.nullValue();
        return Literal.string(w);
    }

    private static Literal severity(Token t, Literal literal) throws QueryException {
        Severity s = literal.kind == Literal.Kind.STRING && !literal.numeric ? Severity.parse(literal.text) : null;
        if (s == null) {
            throw new QueryException(t.column(), "expected a severity (" + SEVERITIES + ") but found " + t.describe());
        }
        return Literal.number(s.name(), s.rank());
    }
}
