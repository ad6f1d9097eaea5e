package dev.chronoscope.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import dev.chronoscope.event.Severity;
import org.junit.jupiter.api.Test;

class FiltersTest {

    private static boolean matches(String expression, Event e) throws QueryException {
        return Filters.parse(expression).test(e);
    }

    @Test
    void blankMatchesEverything() throws QueryException {
        Event e = Events.of("X", "{}");
        assertTrue(matches("", e));
        assertTrue(matches("   ", e));
        assertTrue(matches(null, e));
        assertEquals("", Filters.parse("  ").text());
    }

    @Test
    void keepsTheTextAsTyped() throws QueryException {
        assertEquals("type = A", Filters.parse("type = A").text());
    }

    @Test
    void anEventWithoutASeverityHasNoneToCompare() throws QueryException {
        Event unlevelled = Events.of("X", "app", null, "{}");
        assertEquals(Severity.INFO, unlevelled.severity(), "views still rank it as INFO");
        assertFalse(matches("severity = INFO", unlevelled));
        assertFalse(matches("severity <= CRITICAL", unlevelled));
        assertFalse(matches("severity in (INFO, WARN)", unlevelled));
        assertTrue(matches("severity != INFO", unlevelled), "a missing field makes != true");
        assertFalse(matches("exists severity", unlevelled));
        assertTrue(matches("not exists severity", unlevelled));

        Event info = Events.of("X", "app", Severity.INFO, "{}");
        assertTrue(matches("severity = INFO", info));
        assertTrue(matches("exists severity", info));
    }

    @Test
    void examplesFromTheContract() throws QueryException {
        Event contended = Events.of("LockContended", "{\"pid\": 1234, \"lock\": \"L7\"}");
        Event otherPid = Events.of("LockContended", "{\"pid\": 99}");
        assertTrue(matches("type = LockContended and pid = 1234", contended));
        assertFalse(matches("type = LockContended and pid = 1234", otherPid));

        Event warnKworker = Events.of("X", "kworker/0:1", Severity.WARN, "{}");
        Event errorApp = Events.of("X", "app", Severity.ERROR, "{}");
        Event infoApp = Events.of("X", "app", Severity.INFO, "{}");
        String sev = "severity >= WARN and not lane ~ \"^kworker\"";
        assertFalse(matches(sev, warnKworker));
        assertTrue(matches(sev, errorApp));
        assertFalse(matches(sev, infoApp));

        String in = "type in (LockAcquired, LockReleased, LockContended)";
        assertTrue(matches(in, contended));
        assertTrue(matches(in, Events.of("LockReleased", "{}")));
        assertFalse(matches(in, Events.of("LockFreed", "{}")));

        String dur = "duration > 1ms or payload.latency_ns > 1000000";
        assertTrue(matches(dur, Events.full(0, 0, 2_000_000, null, null)));
        assertFalse(matches(dur, Events.full(0, 0, 1_000_000, null, null)));
        assertTrue(matches(dur, Events.of("X", "{\"payload\": {\"latency_ns\": 1000001}}")));
        assertFalse(matches(dur, Events.of("X", "{\"payload\": {\"latency_ns\": 5}}")));

        String zombie = "new_state = \"ZOMBIE\" and offset < 50000";
        assertTrue(matches(zombie, Events.tagged("{\"StateChanged\": {\"new_state\": \"ZOMBIE\"}}")));
        assertTrue(matches(zombie, Events.of("X", "{\"new_state\": \"ZOMBIE\"}")));
        assertFalse(matches(zombie, Events.full(60_000, 0, -1, null, null)));

        assertTrue(matches("exists causality_id", Events.of("X", "{\"causality_id\": \"c1\"}")));
        assertFalse(matches("exists causality_id", Events.of("X", "{\"other\": 1}")));
    }

    @Test
    void andBindsTighterThanOr() throws QueryException {
        Event a = Events.of("A", "{\"x\": 1}");
        // a or (b and c): true because type = A, even though x != 2
        assertTrue(matches("type = A or type = B and x = 2", a));
        assertFalse(matches("(type = A or type = B) and x = 2", a));
        assertTrue(matches("x = 2 and type = B or type = A", a));
    }

    @Test
    void notBindsTighterThanAnd() throws QueryException {
        Event a = Events.of("A", "{\"x\": 1}");
        assertFalse(matches("not type = A and x = 1", a));
        assertTrue(matches("not (type = B and x = 1)", a));
        assertTrue(matches("not not type = A", a));
    }

    @Test
    void keywordsAreCaseInsensitive() throws QueryException {
        Event a = Events.of("A", "{\"x\": 1}");
        assertTrue(matches("type = A AND x = 1 OR NOT x = 1", a));
        assertTrue(matches("type IN (A, B)", a));
        assertTrue(matches("EXISTS x", a));
    }

    @Test
    void missingFieldMakesComparisonsFalseAndNotEqualTrue() throws QueryException {
        Event e = Events.of("X", "{}");
        for (String op : new String[] {"=", "<", "<=", ">", ">="}) {
            assertFalse(matches("pid " + op + " 5", e), op);
        }
        assertTrue(matches("pid != 5", e));
        assertFalse(matches("pid ~ \".\"", e));
        assertFalse(matches("pid in (1, 2)", e));
        assertTrue(matches("pid not in (1, 2)", e));
        assertFalse(matches("id = abc", e));
        assertTrue(matches("chain != abc", e));
        assertFalse(matches("duration >= 0", e));
    }

    @Test
    void nullIsAValueAndMissingIsNotNull() throws QueryException {
        Event nullReason = Events.of("Frozen", "{\"reason\": null}");
        Event withReason = Events.of("Frozen", "{\"reason\": \"fraud\"}");
        Event noReason = Events.of("Frozen", "{}");
        assertTrue(matches("reason = null", nullReason));
        assertFalse(matches("reason != null", nullReason));
        assertFalse(matches("reason = null", withReason));
        assertTrue(matches("reason != null", withReason));
        assertFalse(matches("reason = null", noReason));
        assertTrue(matches("reason != null", noReason));
        assertTrue(matches("exists reason", nullReason));
        assertFalse(matches("reason = fraud", nullReason));
        assertTrue(matches("reason != fraud", nullReason));
        assertFalse(matches("reason ~ null", nullReason));
    }

    @Test
    void booleans() throws QueryException {
        Event on = Events.of("X", "{\"enabled\": true, \"flag\": \"false\"}");
        assertTrue(matches("enabled = true", on));
        assertFalse(matches("enabled = false", on));
        assertTrue(matches("enabled != false", on));
        assertTrue(matches("flag = false", on));
    }

    @Test
    void numbersCompareNumericallyEvenInStrings() throws QueryException {
        Event e = Events.of("X", "{\"pid\": \"1234\", \"n\": 9, \"ratio\": 0.5, \"name\": \"abc\", \"big\": 1700000000123456789}");
        assertTrue(matches("pid = 1234", e));
        assertTrue(matches("pid > 999", e), "numeric, not lexicographic");
        assertTrue(matches("n < 10", e));
        assertTrue(matches("n = 9.0", e));
        assertTrue(matches("n = \"9\"", e));
        assertTrue(matches("ratio < 1", e));
        assertTrue(matches("ratio >= 5e-1", e));
        assertTrue(matches("name = \"abc\"", e));
        assertTrue(matches("name != 10", e));
        assertTrue(matches("big = 1700000000123456789", e), "longs keep full precision");
        assertFalse(matches("big = 1700000000123456788", e));
        assertTrue(matches("n > -3", e));
    }

    /**
     * Orderings compare numbers with numbers and text with text: "abc", true, a list or an object
     * is neither above nor below 10 although its text sorts after "10", and 100 is not below "b".
     * = and != still see the text ("2ms" = 2ms).
     */
    @Test
    void orderingComparesNumbersWithNumbersAndTextWithText() throws QueryException {
        for (String value : new String[] {"\"abc\"", "true", "[1, 2]", "{\"a\": 1}", "\"\""}) {
            Event e = Events.of("X", "{\"v\": " + value + "}");
            for (String filter : new String[] {"v > 10", "v >= 10", "v < 10", "v <= \"10\"", "v > 1ms", "v < 1ms"}) {
                assertFalse(matches(filter, e), filter + " on " + value);
            }
            assertTrue(matches("v != 10", e), value);
        }
        for (String value : new String[] {"100", "true", "[\"a\"]", "{\"a\": 1}"}) {
            Event e = Events.of("X", "{\"v\": " + value + "}");
            assertFalse(matches("v < b", e), value);
            assertFalse(matches("v > \"\"", e), value);
        }
        Event lane = Events.of("X", "kworker", Severity.INFO, "{}");
        assertFalse(matches("lane > 5", lane));
        assertTrue(matches("lane > k", lane));
        Event text = Events.of("X", "{\"v\": \"abc\", \"d\": \"2ms\", \"n\": \"100\"}");
        assertTrue(matches("v > aa", text));
        assertTrue(matches("n < b", text), "text with text, even when it reads as a number");
        assertTrue(matches("d = 2ms", text));
    }

    @Test
    void stringsCompareLexicographically() throws QueryException {
        Event e = Events.of("X", "{\"name\": \"beta\"}");
        assertTrue(matches("name > alpha", e));
        assertTrue(matches("name < 'gamma'", e));
        assertFalse(matches("name = Beta", e));
    }

    @Test
    void severityComparesByRank() throws QueryException {
        Event warn = Events.of("X", "a", Severity.WARN, "{}");
        assertTrue(matches("severity >= WARN", warn));
        assertTrue(matches("severity > INFO", warn));
        assertTrue(matches("severity < ERROR", warn));
        assertTrue(matches("severity = WARNING", warn));
        assertTrue(matches("severity = warn", warn));
        assertTrue(matches("severity < FATAL", warn));
        assertTrue(matches("severity in (ERROR, WARN)", warn));
        assertTrue(matches("severity ~ \"^WA\"", warn));
        assertFalse(matches("severity >= ERROR", warn));
        assertTrue(matches("severity > TRACE and severity > DEBUG", warn));
        assertTrue(matches("severity < CRITICAL", Events.of("X", "a", Severity.ERROR, "{}")));
    }

    @Test
    void durationsAreNanoseconds() throws QueryException {
        Event e = Events.full(0, 2_500_000_000L, 1_500_000, null, null);
        assertTrue(matches("duration = 1.5ms", e));
        assertTrue(matches("duration = 1500us", e));
        assertTrue(matches("duration = 1500000ns", e));
        assertTrue(matches("duration = 1500000", e));
        assertTrue(matches("duration < 2s", e));
        assertTrue(matches("duration > 250us", e));
        assertTrue(matches("time > 2s and time < 3s", e));
        assertTrue(matches("time = 2.5s", e));
        Event rec = Events.of("X", "{\"latency_ns\": 250000}");
        assertTrue(matches("latency_ns = 250us", rec));
    }

    @Test
    void envelopeFields() throws QueryException {
        Event e = Events.full(42, 100, 5, "ev-1", "c-9");
        assertTrue(matches("offset = 42", e));
        assertTrue(matches("id = ev-1", e));
        assertTrue(matches("chain = 'c-9'", e));
        assertTrue(matches("lane = L and type = T", e));
        assertTrue(matches("exists id and exists chain and exists duration and exists time", e));
        Event bare = Events.full(0, Event.NO_TIME, Event.NO_DURATION, null, null);
        assertFalse(matches("exists id or exists chain or exists duration or exists time", bare));
    }

    @Test
    void dollarPathReachesARecordFieldNamedLikeTheEnvelope() throws QueryException {
        Event e = Events.of("Envelope", "{\"type\": \"inner\"}");
        assertTrue(matches("type = Envelope", e));
        assertTrue(matches("$.type = inner", e));
    }

    @Test
    void nestedAndTaggedFields() throws QueryException {
        Event tagged = Events.tagged("{\"ProcessCreated\": {\"pid\": 5, \"info\": {\"args\": [\"a\", \"b\"]}}}");
        assertTrue(matches("pid = 5", tagged));
        assertTrue(matches("ProcessCreated.pid = 5", tagged));
        assertTrue(matches("info.args[1] = b", tagged));
        assertTrue(matches("exists info.args", tagged));
        assertFalse(matches("exists info.missing", tagged));
        assertTrue(matches("info ~ \"args\"", tagged), "containers match as their JSON text");
    }

    /** A list equals a value when one of its elements does; != is "not among them". */
    @Test
    void aListEqualsAValueWhenAnyElementDoes() throws QueryException {
        Event e = Events.of("LockContended", "{\"waiters\": [301, 302], \"participants\": [\"0xa\", \"0xb\"],"
                + " \"latencies\": [5, 1500], \"none\": [], \"gaps\": [null]}");
        assertTrue(matches("waiters = 302", e));
        assertTrue(matches("waiters = \"301\"", e), "a quoted number still equals a number");
        assertFalse(matches("waiters = 303", e));
        assertTrue(matches("waiters != 303", e));
        assertFalse(matches("waiters != 301", e), "301 is among them");
        assertTrue(matches("participants in (0xc, 0xb)", e));
        assertFalse(matches("participants in (0xc, 0xd)", e));
        assertFalse(matches("latencies > 1000", e), "no ordering on a list");
        assertFalse(matches("none = 1", e));
        assertTrue(matches("none != 1", e));
        assertTrue(matches("gaps = null", e));
        assertFalse(matches("gaps != null", e));
        assertTrue(matches("waiters = \"[301,302]\"", e), "the list's JSON text still equals itself");
        assertTrue(matches("participants ~ \"0xb\"", e));
    }

    /** OpenTelemetry writes attribute keys with dots ("http.method"); a dotted name finds them too. */
    @Test
    void keysThatHoldDotsAreReachable() throws QueryException {
        Event span = Events.of("GET /", "{\"attributes\": {\"http.method\": \"GET\", \"http.status_code\": 500},"
                + " \"service.name\": \"api\", \"a\": {\"b.c\": {\"d\": 1}}, \"odd key\": \"x\"}");
        assertTrue(matches("attributes.http.method = GET", span));
        assertTrue(matches("attributes.http.status_code >= 500", span));
        assertTrue(matches("service.name = api", span));
        assertTrue(matches("$.service.name = api", span));
        assertTrue(matches("a.b.c.d = 1", span));
        assertTrue(matches("exists attributes.http.method", span));
        assertFalse(matches("exists attributes.http", span));
        assertTrue(matches("$.attributes[\"http.method\"] = GET", span));
        assertTrue(matches("$['odd key'] = x and $[\"service.name\"] ~ \"^a\"", span));
        Event nested = Events.of("X", "{\"service\": {\"name\": \"db\"}, \"service.name\": \"api\"}");
        assertTrue(matches("service.name = db", nested), "nesting first");
    }

    @Test
    void regexFindsAnywhere() throws QueryException {
        Event e = Events.of("X", "{\"msg\": \"disk sda1 failed\", \"code\": 5031}");
        assertTrue(matches("msg ~ sda", e), "a bare word is a regex too");
        assertTrue(matches("msg ~ \"sda\\d\"", e));
        assertTrue(matches("msg ~ 'fail'", e));
        assertFalse(matches("msg ~ \"^failed\"", e));
        assertTrue(matches("code ~ \"^50\"", e));
        assertTrue(matches("msg ~ \"(?i)DISK\"", e));
    }

    @Test
    void quotedStringsAndEscapes() throws QueryException {
        Event e = Events.of("X", "{\"msg\": \"say \\\"hi\\\" it's\\n\"}");
        assertTrue(matches("msg = \"say \\\"hi\\\" it's\\n\"", e));
        assertTrue(matches("msg = 'say \"hi\" it\\'s\\n'", e));
        assertTrue(matches("msg ~ 'it\\u0027s'", e));
    }

    @Test
    void bareWordsMayStartWithDigits() throws QueryException {
        Event e = Events.of("X", "{\"uuid\": \"0193a5c2-7d1e\", \"size\": \"10m\"}");
        assertTrue(matches("uuid = 0193a5c2-7d1e", e));
        assertTrue(matches("size = 10m", e));
    }

    /** Numbers compare by value: -0.0 is 0, and whole numbers beyond a long compare exactly. */
    @Test
    void negativeZeroIsZeroAndHugeIntegersCompareExactly() throws QueryException {
        Event negativeZero = Events.of("N", "{\"v\": -0.0}");
        assertTrue(matches("v = 0", negativeZero));
        assertTrue(matches("v = -0.0", negativeZero));
        assertTrue(!matches("v < 0", negativeZero));
        Event huge = Events.of("N", "{\"v\": 12345678901234567891}");
        assertTrue(matches("v = 12345678901234567891", huge));
        assertTrue(!matches("v = 12345678901234567890", huge));
        assertTrue(matches("v > 12345678901234567890", huge));
        Event long_ = Events.of("N", "{\"v\": 9223372036854775807}");
        assertTrue(matches("v < 9223372036854775808", long_), "a long against a literal beyond a long");
        assertTrue(!matches("v = 9223372036854775808", long_));
    }
}
