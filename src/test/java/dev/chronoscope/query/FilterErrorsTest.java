package dev.chronoscope.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FilterErrorsTest {

    private static QueryException error(String expression) {
        return assertThrows(QueryException.class, () -> Filters.parse(expression), expression);
    }

    private static void assertError(String expression, int column, String fragment) {
        QueryException e = error(expression);
        assertEquals(column, e.column(), expression + " -> " + e.getMessage());
        assertTrue(e.getMessage().contains(fragment), expression + " -> " + e.getMessage());
        assertTrue(e.getMessage().startsWith("col " + column + ": "), e.getMessage());
    }

    @Test
    void missingValue() {
        assertError("type = Lock and pid =", 22, "expected a value after '='");
        assertError("pid = and x = 1", 7, "expected a value after '='");
        assertError("pid = )", 7, "expected a value after '='");
    }

    @Test
    void theContractExampleMessage() {
        assertEquals("col 14: expected a value after '='", error("x = 1 and y =").getMessage());
        assertError("pid = 5 and x=", 15, "expected a value after '='");
    }

    @Test
    void anUnclosedQuotedKey() {
        assertError("x = 1 and $[\"odd key = 2", 12, "expected a key in quotes closed by \"]");
        assertError("$['a'.b = 2", 2, "closed by ']");
    }

    @Test
    void unbalancedParentheses() {
        assertError("(type = A or type = B", 22, "expected ')' to close the '(' at col 1");
        assertError("type = A)", 9, "unexpected ')' with no matching '('");
        assertError("()", 2, "expected a condition");
        assertError("((type = A)", 12, "expected ')'");
    }

    /** Thousands of '(' or 'not' (pasted, generated) are an error with a column, not a stack overflow. */
    @Test
    void nestingTooDeepIsAnErrorAtTheFirstLevelTooMany() throws QueryException {
        int levels = Parser.MAX_NESTING;
        Filters.parse("(".repeat(levels) + "type = A" + ")".repeat(levels));
        Filters.parse("not ".repeat(levels) + "type = A");
        assertError("(".repeat(5_000) + "type = A" + ")".repeat(5_000), levels + 1, "nested '(' and 'not'");
        assertError("not ".repeat(20_000) + "type = A", 4 * levels + 1, "too deep");
        // level 257 is the '(' of the 129th "(not "
        assertError("(not ".repeat(3_000) + "type = A" + ")".repeat(3_000), 5 * (levels / 2) + 1, "too deep");
    }

    @Test
    void nestingThousandsDeepIsAnErrorNotAStackOverflow() throws QueryException {
        String parens = "(".repeat(20_000) + "type = A" + ")".repeat(20_000);
        assertError(parens, Parser.MAX_NESTING + 1, "expected at most " + Parser.MAX_NESTING + " nested '(' and 'not'");
        assertError("not ".repeat(20_000) + "type = A", 4 * Parser.MAX_NESTING + 1, "nested '(' and 'not'");
        assertError("(not ".repeat(10_000) + "type = A", 5 * (Parser.MAX_NESTING / 2) + 1, "nested");

        String deepest = "(".repeat(Parser.MAX_NESTING / 2) + "not ".repeat(Parser.MAX_NESTING / 2)
                + "type = A" + ")".repeat(Parser.MAX_NESTING / 2);
        assertTrue(Filters.parse(deepest).test(Events.of("A", "{}")));
    }

    @Test
    void unknownOperators() {
        assertError("type == A", 6, "unknown operator '=='");
        assertError("type <> A", 6, "unknown operator '<>'");
        assertError("a = 1 && b = 2", 7, "use 'and'");
        assertError("a = 1 || b = 2", 7, "use 'or'");
        assertError("a =~ x", 3, "use '~'");
        assertError("type is A", 6, "expected an operator");
        assertError("LockContended", 14, "expected an operator");
    }

    @Test
    void trailingInput() {
        assertError("type = A pid = 5", 10, "unexpected 'pid' after a complete expression");
        assertError("type = LockContended foo", 22, "unexpected 'foo' after a complete expression");
    }

    @Test
    void danglingCombinators() {
        assertError("type = A and", 13, "expected a condition after 'and'");
        assertError("type = A or", 12, "expected a condition after 'or'");
        assertError("not", 4, "expected a condition after 'not'");
        assertError("and type = A", 1, "expected a field name");
        assertError("type = A and or b = 1", 14, "expected a condition after 'and'");
    }

    @Test
    void badRegexNamesTheRegexColumn() {
        assertError("msg ~ \"(unclosed\"", 7, "invalid regular expression");
        assertError("msg ~", 6, "expected a regular expression");
    }

    @Test
    void badLiteralsForTypedFields() {
        assertError("severity >= LOUD", 13, "expected a severity");
        assertError("severity = 3", 12, "expected a severity");
        assertError("duration > 10sec", 12, "expected a number or a duration");
        assertError("time < soon", 8, "expected a number or a duration");
        assertError("x < null", 5, "'<' needs a number");
        assertError("x >= true", 6, "'>=' needs a number");
    }

    @Test
    void lists() {
        assertError("type in A", 9, "expected '(' after 'in'");
        assertError("type in (A B)", 12, "expected ',' or ')'");
        assertError("type in ()", 10, "expected a value after '('");
        assertError("type in (A,)", 12, "expected a value after ','");
        assertError("type in (A", 11, "expected ',' or ')'");
    }

    @Test
    void lexicalErrors() {
        assertError("msg = \"open", 7, "unterminated string");
        assertError("a = 1 ; b = 2", 7, "unexpected character ';'");
        assertError("exists", 7, "expected a field name after 'exists'");
        assertError("a[0 = 1", 1, "malformed field name");
    }
}
