package dev.chronoscope.replay;

import static dev.chronoscope.replay.TestData.event;
import static dev.chronoscope.replay.TestData.json;
import static dev.chronoscope.replay.TestData.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import dev.chronoscope.profile.ProfileException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleProjectionTest {

    private static final String BANK = """
            {"rules":[
              {"on":"AccountOpened","set":{"accounts/${account}/balance":0,"accounts/${account}/owner":"$.owner"}},
              {"on":"Deposited","add":{"accounts/${account}/balance":"$.amount"}},
              {"on":"Withdrawn","sub":{"accounts/${account}/balance":"$.amount"}},
              {"on":"AccountClosed","remove":["accounts/${account}"]},
              {"on":["LockContended"],"append":{"locks/${lock}/waiters":"$.pid"}},
              {"on":"LockAcquired","set":{"locks/${lock}/holder":"$.pid"},"pull":{"locks/${lock}/waiters":"$.pid"}}
            ]}""";

    @Test
    void setAddSubFollowTheLedger() throws ProfileException {
        Folding f = Folding.of(BANK,
                event(0, "AccountOpened", "b1", "{'account':'A','owner':'ann'}"),
                event(1, "Deposited", "b1", "{'account':'A','amount':50}"),
                event(2, "Withdrawn", "b1", "{'account':'A','amount':20}"),
                event(3, "Deposited", "b1", "{'account':'B','amount':2.5}"));
        assertEquals(json("30"), f.get("accounts/A/balance"));
        assertEquals(json("\"ann\""), f.get("accounts/A/owner"));
        assertEquals(json("2.5"), f.get("accounts/B/balance"), "a missing path counts as 0");
        assertEquals(List.of(new Change("accounts/A/balance", json("0"), json("50"))), f.changes.get(1));
        assertEquals(0, f.misses());
        f = Folding.of(BANK, event(0, "Deposited", "", "{'account':'A','amount':0.5}"),
                event(1, "Deposited", "", "{'account':'A','amount':0.5}"));
        assertEquals(json("1"), f.get("accounts/A/balance"), "a whole sum of fractions is the integer");
    }

    /** Amounts add as the decimals they are written as, not as binary fractions. */
    @Test
    void fractionsAddAsDecimals() throws ProfileException {
        Folding f = Folding.of(BANK,
                event(0, "Deposited", "", "{'account':'A','amount':0.1}"),
                event(1, "Deposited", "", "{'account':'A','amount':'0.2'}"));
        assertEquals(json("0.3"), f.get("accounts/A/balance"));
        Event[] tenDimesThenADollar = new Event[11];
        for (int i = 0; i < 10; i++) tenDimesThenADollar[i] = event(i, "Deposited", "", "{'account':'B','amount':0.1}");
        tenDimesThenADollar[10] = event(10, "Withdrawn", "", "{'account':'B','amount':1}");
        assertEquals(json("0"), Folding.of(BANK, tenDimesThenADollar).get("accounts/B/balance"));
    }

    @Test
    void arithmeticOnNonNumbersIsAMissAndQuotedNumbersCount() throws ProfileException {
        Folding f = Folding.of(BANK,
                event(0, "Deposited", "", "{'account':'A','amount':'12'}"),
                event(1, "Deposited", "", "{'account':'A','amount':'lots'}"),
                event(2, "Deposited", "", "{'account':'A','amount':9223372036854775807}"));
        assertEquals(json("9223372036854775819"), f.get("accounts/A/balance"), "exact beyond long");
        assertEquals(1, f.misses());
        assertEquals(List.of(), f.changes.get(1));
    }

    /** JSON has no infinity: a sum past a double's range would read back as the text "Infinity". */
    @Test
    void aSumBeyondADoublesRangeIsAMissAndLeavesTheLeaf() throws ProfileException {
        Folding f = Folding.of(BANK,
                event(0, "Deposited", "", "{'account':'A','amount':1.5e308}"),
                event(1, "Deposited", "", "{'account':'A','amount':1.5e308}"),
                event(2, "Withdrawn", "", "{'account':'A','amount':0.5e308}"));
        assertEquals(json("1.0e308"), f.get("accounts/A/balance"));
        assertEquals(1, f.misses());
        assertEquals(List.of(), f.changes.get(1));
    }

    @Test
    void appendCreatesThenPushesAndPullRemovesEveryEqualElement() throws ProfileException {
        Folding f = Folding.of(BANK,
                event(0, "LockContended", "", "{'lock':'L7','pid':1}"),
                event(1, "LockContended", "", "{'lock':'L7','pid':2}"),
                event(2, "LockContended", "", "{'lock':'L7','pid':1}"),
                event(3, "LockAcquired", "", "{'lock':'L7','pid':1}"));
        assertEquals(List.of(new Change("locks/L7/waiters", null, json("[1]"))), f.changes.get(0));
        assertEquals(json("[2]"), f.get("locks/L7/waiters"));
        assertEquals(json("1"), f.get("locks/L7/holder"));
        assertEquals(List.of(new Change("locks/L7/holder", null, json("1")),
                new Change("locks/L7/waiters", json("[1,2,1]"), json("[2]"))), f.changes.get(3));
    }

    @Test
    void pullFromAMissingArrayDoesNothingAndAppendOntoAScalarIsAMiss() throws ProfileException {
        Folding f = Folding.of("""
                {"rules":[{"on":"P","pull":{"xs":"$.v"}},{"on":"S","set":{"xs":5}},{"on":"A","append":{"xs":"$.v"}}]}""",
                event(0, "P", "", "{'v':1}"), event(1, "S", "", "{}"), event(2, "A", "", "{'v':1}"));
        assertEquals(0, f.changes.get(0).size());
        assertEquals(json("5"), f.get("xs"));
        assertEquals(1, f.misses());
    }

    /** add, sub and append on a path that holds an object are misses: they would replace its subtree. */
    @Test
    void arithmeticAndAppendOnAnObjectAreMissesAndKeepItsLeaves() throws ProfileException {
        Folding f = Folding.of("""
                {"rules":[
                  {"on":"Init","set":{"p/a/b":1,"p/a/c":2}},
                  {"on":"Append","append":{"p":1}},
                  {"on":"Add","add":{"p/a":5}},
                  {"on":"Sub","sub":{"p":5}}
                ]}""",
                event(0, "Init", "", "{}"),
                event(1, "Append", "", "{}"),
                event(2, "Add", "", "{}"),
                event(3, "Sub", "", "{}"));
        assertEquals(json("1"), f.get("p/a/b"));
        assertEquals(json("2"), f.get("p/a/c"));
        assertNull(f.get("p"));
        assertEquals(3, f.misses());
        for (int k = 1; k <= 3; k++) assertEquals(List.of(), f.changes.get(k), "event " + k + " changes nothing");
    }

    @Test
    void removingAParentChangesEveryLeafUnderItToAbsent() throws ProfileException {
        Folding f = Folding.of(BANK,
                event(0, "AccountOpened", "", "{'account':'A','owner':'ann'}"),
                event(1, "AccountOpened", "", "{'account':'AB','owner':'bob'}"),
                event(2, "AccountClosed", "", "{'account':'A'}"));
        assertEquals(List.of(new Change("accounts/A/balance", json("0"), null),
                new Change("accounts/A/owner", json("\"ann\""), null)), f.changes.get(2));
        assertEquals(2, f.leaves().size(), "accounts/AB is not under accounts/A");
    }

    @Test
    void opsApplyInTheDocumentedOrderAndRulesInFileOrder() throws ProfileException {
        Folding f = Folding.of("""
                {"rules":[
                  {"on":"E","remove":["gone"],"sub":{"n":1},"add":{"n":10},"set":{"n":100,"gone":1,"log":[]},
                   "append":{"log":"first"}},
                  {"on":"*","append":{"log":"$type"}},
                  {"on":"E","append":{"log":"third"}}
                ]}""", event(0, "E", "", "{}"));
        assertEquals(json("109"), f.get("n"));
        assertNull(f.get("gone"));
        assertEquals(json("[\"first\",\"E\",\"third\"]"), f.get("log"));
        assertEquals(List.of(new Change("log", null, json("[\"first\",\"E\",\"third\"]")),
                new Change("n", null, json("109"))), f.changes.get(0), "net changes only, sorted by path");
    }

    @Test
    void interpolationReadsFieldsEnvelopeAndNestedPaths() throws ProfileException {
        Folding f = Folding.of("""
                {"rules":[{"on":"*","set":{"by/${$lane}/${$type}/${proc.pid}/${n}":"$.proc.name"}}]}""",
                event(0, "Spawn", "host1", "{'proc':{'pid':42,'name':'init'},'n':1.5}"));
        assertEquals(json("\"init\""), f.get("by/host1/Spawn/42/1.5"));
    }

    /** 1234.0 and 1234 are one number in values, so they are one level in paths too. */
    @Test
    void aWholeNumberWrittenWithAFractionIsOneLevelWithTheInteger() throws ProfileException {
        Folding f = Folding.of("""
                {"rules":[{"on":"*","add":{"p/${pid}/n":1,"q/${pid}/${k}/n":1}}]}""",
                event(0, "E", "", "{'pid':1234,'k':1}"),
                event(1, "E", "", "{'pid':1234.0,'k':1.00}"),
                event(2, "E", "", "{'pid':1e2,'k':0.5}"));
        assertEquals(json("2"), f.get("p/1234/n"));
        assertEquals(json("2"), f.get("q/1234/1/n"));
        assertEquals(json("1"), f.get("p/100/n"));
        assertEquals(json("1"), f.get("q/100/0.5/n"));
    }

    @Test
    void aPathOrValueThatFindsNothingIsSkippedAndCountedAsAMiss() throws ProfileException {
        Folding f = Folding.of("""
                {"rules":[{"on":"*","set":{"a/${id}":1,"b":"$.missing","c":"$.present","d/${nil}":2}}]}""",
                event(0, "E", "", "{'present':true,'nil':null}"));
        assertEquals(3, f.misses());
        assertEquals(1, f.leaves().size());
        assertEquals(json("true"), f.get("c"));
        assertTrue(f.writer.missExamples().iterator().next().startsWith("test.json:1: set 'a/${id}'"));
    }

    @Test
    void envelopeValuesAndEscapedDollarLiterals() throws ProfileException {
        Folding f = Folding.of("""
                {"rules":[{"on":"*","set":{"t":"$type","time":"$time","lane":"$lane","off":"$offset",
                  "id":"$id","price":"\\\\$5.00","plain":"x$"}}]}""",
                event(3, "E", "L", "{}"));
        assertEquals(json("\"E\""), f.get("t"));
        assertEquals(json("3000"), f.get("time"));
        assertEquals(json("\"L\""), f.get("lane"));
        assertEquals(json("3"), f.get("off"));
        assertEquals(json("\"e3\""), f.get("id"));
        assertEquals(json("\"$5.00\""), f.get("price"));
        assertEquals(json("\"x$\""), f.get("plain"));
    }

    @Test
    void dollarAloneIsTheBodyAndANewBodyReplacesTheOldLeaves() throws ProfileException {
        String generic = """
                {"rules":[{"on":"*","set":{"entities/${$lane}/${$type}":"$"}}]}""";
        Folding f = Folding.of(generic,
                event(0, "Proc", "h", "{'pid':1,'state':'R','args':['a'],'mem':{'rss':10,'vsz':20}}"),
                event(1, "Proc", "h", "{'pid':1,'state':'S','mem':{'rss':10}}"));
        assertEquals(json("\"S\""), f.get("entities/h/Proc/state"));
        assertEquals(json("10"), f.get("entities/h/Proc/mem/rss"));
        assertEquals(List.of(new Change("entities/h/Proc/args", json("[\"a\"]"), null),
                new Change("entities/h/Proc/mem/vsz", json("20"), null),
                new Change("entities/h/Proc/state", json("\"R\""), json("\"S\""))), f.changes.get(1));
    }

    @Test
    void taggedRecordsExposeInnerFieldsWithoutTheTag() throws ProfileException {
        Folding f = Folding.of("""
                {"rules":[{"on":"ProcessCreated","set":{"processes/${pid}":"$","names/${pid}":"$.name"}}]}""",
                tagged(0, "ProcessCreated", "{'pid':7,'name':'sh'}"));
        assertEquals(json("\"sh\""), f.get("names/7"));
        assertEquals(json("7"), f.get("processes/7/pid"));
    }

    @Test
    void aWriteThatLeavesTheValueEqualIsNoChange() throws ProfileException {
        Folding f = Folding.of("""
                {"rules":[{"on":"*","set":{"x":"$.v","y":1}},{"on":"Twice","add":{"x":1},"sub":{"x":1}}]}""",
                event(0, "E", "", "{'v':1}"), event(1, "E", "", "{'v':1}"), event(2, "Twice", "", "{'v':1}"),
                event(3, "E", "", "{'v':1.0}"), event(4, "E", "", "{'v':1.5}"), event(5, "E", "", "{'v':1.50}"),
                event(6, "E", "", "{'v':2}"));
        assertEquals(2, f.changes.get(0).size());
        assertEquals(List.of(), f.changes.get(1));
        assertEquals(List.of(), f.changes.get(2), "+1 then -1 within one event nets to nothing");
        assertEquals(List.of(), f.changes.get(3), "1 and 1.0 are one number, as 1.5 and 1.50 are");
        assertEquals(List.of(new Change("x", json("1"), json("1.5"))), f.changes.get(4));
        assertEquals(List.of(), f.changes.get(5));
        assertEquals(List.of(new Change("x", json("1.5"), json("2"))), f.changes.get(6));
        assertEquals(json("2"), f.get("x"));
    }

    @Test
    void scalarsAndObjectsReplaceEachOther() throws ProfileException {
        Folding f = Folding.of("""
                {"rules":[{"on":"Obj","set":{"a":{"b":1,"c":{"d":2}}}},{"on":"Deep","set":{"a/b/x":3}},
                          {"on":"Flat","set":{"a":0}}]}""",
                event(0, "Obj", "", "{}"), event(1, "Deep", "", "{}"), event(2, "Flat", "", "{}"));
        assertEquals(List.of(new Change("a/b", json("1"), null), new Change("a/b/x", null, json("3"))),
                f.changes.get(1), "an ancestor leaf gives way to the new subtree");
        assertEquals(List.of(new Change("a", null, json("0")), new Change("a/b/x", json("3"), null),
                new Change("a/c/d", json("2"), null)), f.changes.get(2));
        ReplayProperties.assertProperTree(f.leaves(), 2);
    }

    @Test
    void malformedRulesNameTheirLine() {
        ProfileException unknown = assertThrows(ProfileException.class, () -> Folding.of("""
                {"rules":[{"on":"*","set":{"a":1}},{"on":"*","set":{"a":"$foo"}}]}"""));
        assertEquals(2, unknown.line());
        assertTrue(unknown.getMessage().contains("$foo"), unknown.getMessage());
        ProfileException unclosed = assertThrows(ProfileException.class, () -> Folding.of("""
                {"rules":[{"on":"*","set":{"a/${x":1}}]}"""));
        assertTrue(unclosed.getMessage().contains("unclosed"), unclosed.getMessage());
        assertThrows(ProfileException.class, () -> Folding.of("""
                {"rules":[{"on":"*","remove":["${$nope}"]}]}"""));
        ProfileException emptyLevel = assertThrows(ProfileException.class, () -> Folding.of("""
                {"rules":[{"on":"*","set":{"a/${x}//b":1}}]}"""));
        assertTrue(emptyLevel.getMessage().contains("empty segment"), emptyLevel.getMessage());
    }

    /** A hole that does not parse used to stop the whole fold at the first event it met. */
    @Test
    void aHoleThatIsNoFieldPathIsAProfileErrorNotAFailedFold() {
        ProfileException e = assertThrows(ProfileException.class, () -> Folding.of("""
                {"rules":[{"on":"*","set":{"a":1}},{"on":"*","set":{"a/${b[}":1}}]}""",
                event(0, "E", "", "{'b':[1]}")));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("a/${b[}"), e.getMessage());
    }

    @Test
    void aHoleMayNameAnOddKeyInBrackets() throws ProfileException {
        Folding f = Folding.of("""
                {"rules":[{"on":"*","set":{"k/${$['odd key']}/${['x.y']}":1}}]}""",
                event(0, "E", "", "{'odd key':'v','x.y':'w'}"));
        assertEquals(json("1"), f.get("k/v/w"));
        assertEquals(0, f.misses());
    }
}
