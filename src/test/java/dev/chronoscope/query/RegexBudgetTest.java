package dev.chronoscope.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A regex that backtracks without end on a long value gives up with its place instead of hanging. */
class RegexBudgetTest {

    private static Event withMessage(String message) {
        return Events.of("X", "{\"msg\":\"" + message + "\"}");
    }

    @Test
    void polynomialBacktrackingOnALongValueGivesUpNamingTheColumnAndTheEvent() throws QueryException {
        Filter filter = Filters.parse("type = X and msg ~ \".*.*.*.*.*==\"");
        assertTrue(filter.test(withMessage("a=b==c")), "a short value is matched as usual");
        assertFalse(filter.test(withMessage("x=".repeat(10))));

        // the bound is only there so that a regression fails instead of running for hours
        FilterGaveUpException e = assertTimeoutPreemptively(Duration.ofMinutes(1),
                () -> assertThrows(FilterGaveUpException.class, () -> filter.test(withMessage("x=".repeat(10_000)))));
        assertEquals(20, e.column());
        assertEquals(7, e.offset());
        assertTrue(e.getMessage().startsWith("col 20: at the event at offset 7, the regular expression /.*.*.*.*.*==/ gave up"
                + " on a value of 20000 characters (it backtracks too much)"), e.getMessage());
    }

    @Test
    void aRepetitionTooDeepForTheStackGivesUpInsteadOfOverflowing() throws QueryException {
        Filter filter = Filters.parse("msg ~ \"(a|aa)+$\"");
        assertTrue(filter.test(withMessage("aaaa")));

        FilterGaveUpException e = assertThrows(FilterGaveUpException.class, () -> filter.test(withMessage("a".repeat(200_000) + "!")));
        assertTrue(e.getMessage().contains("its repetition nests too deep"), e.getMessage());
    }

    @Test
    void aLinearRegexOnALongValueIsWithinTheBudget() throws QueryException {
        String longValue = "y".repeat(1_000_000) + "needle";
        assertTrue(Filters.parse("msg ~ \"need+le$\"").test(withMessage(longValue)));
        assertFalse(Filters.parse("msg ~ \"^y+z\"").test(withMessage(longValue)));
    }
}
