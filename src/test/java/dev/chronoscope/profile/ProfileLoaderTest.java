package dev.chronoscope.profile;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLoaderTest {
    @TempDir
    Path dir;

    private static final String BANK = """
            {
              "name": "bank-ledger",
              "detect": { "anyType": ["AccountOpened", "Deposited"] },
              "mapping": {
                "type": "$.event", "time": "$.at", "timeUnit": "ms", "id": "$.id", "lane": "$.branch",
                "severity": "$.level", "duration": "$.took_us", "durationUnit": "us",
                "links": [ { "kind": "caused-by", "ref": "$.cause" } ],
                "chain": "$.correlation", "vectorClock": "$.vc"
              },
              "rules": [
                { "on": "AccountOpened", "set": { "accounts/${account}/balance": 0,
                                                  "accounts/${account}/owner": "$.owner" } },
                { "on": "Deposited",  "add": { "accounts/${account}/balance": "$.amount" } },
                { "on": "Frozen", "when": "reason != null", "set": { "accounts/${account}/frozen": true } },
                { "on": "AccountClosed", "remove": ["accounts/${account}"] },
                { "on": ["LockContended"], "append": { "locks/${lock}/waiters": "$.pid" } },
                { "on": "LockAcquired", "set": { "locks/${lock}/holder": "$.pid" },
                                        "pull": { "locks/${lock}/waiters": "$.pid" } }
              ]
            }
            """;

    private static ProfileException failure(String text) {
        return assertThrows(ProfileException.class, () -> ProfileLoader.parse("p.json", text));
    }

    @Test
    void readsTheDocumentedExample() throws ProfileException {
        Profile p = ProfileLoader.parse("bank.json", BANK);
        assertEquals("bank-ledger", p.name());
        assertEquals("bank.json", p.source());
        assertEquals(List.of("AccountOpened", "Deposited"), p.detect().anyType());
        assertEquals("$.event", p.mapping().type());
        assertEquals("us", p.mapping().durationUnit());
        assertEquals(List.of(new Mapping.LinkRule("caused-by", "$.cause")), p.mapping().links());
        assertEquals(6, p.rules().size());
        Rule first = p.rules().get(0);
        assertEquals(List.of("AccountOpened"), first.on());
        assertEquals(11, first.line());
        assertEquals(0, first.set().get("accounts/${account}/balance").asInt());
        assertEquals("$.owner", first.set().get("accounts/${account}/owner").asText());
        assertEquals("reason != null", p.rules().get(2).when());
        assertEquals(List.of("accounts/${account}"), p.rules().get(3).remove());
        assertEquals("$.pid", p.rules().get(5).pull().get("locks/${lock}/waiters").asText());
    }

    @Test
    void syntaxErrorNamesFileLineAndColumn() throws IOException {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "{\n  \"name\": \"x\",\n  \"rules\": [ { \"on\": \"A\" \"set\": {} } ]\n}\n");
        ProfileException e = assertThrows(ProfileException.class, () -> ProfileLoader.load(f));
        assertEquals(f.toString(), e.source());
        assertEquals(3, e.line());
        assertEquals(26, e.column());
        assertTrue(e.getMessage().startsWith(f + ":3:26: invalid JSON: Unexpected character"), e.getMessage());
    }

    @Test
    void aByteOrderMarkIsNoCharacterOfTheProfile() throws IOException, ProfileException {
        Path f = dir.resolve("bom.json");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "{\"name\": \"bom\", \"rules\": [{\"on\": \"A\", \"when\": \"x =\", \"set\": {\"a\": 1}}]}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(f, java.nio.ByteBuffer.allocate(bom.length + body.length).put(bom).put(body).array());
        ProfileException e = assertThrows(ProfileException.class, () -> ProfileLoader.load(f));
        assertEquals(new String(body, java.nio.charset.StandardCharsets.UTF_8).indexOf("=\", \"set\"") + 2, e.column(),
                "columns count from the first character after the mark: " + e.getMessage());
        Files.write(f, java.nio.ByteBuffer.allocate(bom.length + 2).put(bom).put("{}".getBytes()).array());
        assertEquals("bom", ProfileLoader.load(f).name());
    }

    @Test
    void jsonErrorsAreInWordsWithoutParserInternals() {
        ProfileException unclosed = failure("{\n  \"name\": \"t\",\n  \"rules\": [\n    {\"on\": \"A\", \"set\": {\"x\": 1}}\n");
        assertEquals("p.json:5:1: invalid JSON: unexpected end of input: an array opened at line 3, column 12 is not closed",
                unclosed.getMessage());
        ProfileException mismatched = failure("{\"rules\": [\n  {\"on\": \"A\", \"set\": {}}\n}");
        assertEquals("p.json:3:1: invalid JSON: unexpected '}': expected ']' to close the array opened at line 1, column 11",
                mismatched.getMessage());
        ProfileException stray = failure("{}\n}");
        assertTrue(stray.getMessage().startsWith("p.json:2:1: invalid JSON: unexpected '}'"), stray.getMessage());
        for (ProfileException e : List.of(unclosed, mismatched, stray)) {
            assertTrue(!e.getMessage().contains("Source") && !e.getMessage().contains("marker"), e.getMessage());
        }
    }

    @Test
    void unknownKeyIsRejectedAtItsLocation() {
        ProfileException e = failure("{\n  \"name\": \"x\",\n  \"rules\": [\n    { \"on\": \"A\", \"sett\": {\"a\": 1} }\n  ]\n}");
        assertEquals(4, e.line());
        assertEquals(18, e.column());
        assertTrue(e.getMessage().startsWith("p.json:4:18: rules[0]: unknown key \"sett\" (expected one of on, when, set"),
                e.getMessage());
    }

    @Test
    void wrongShapeSaysWhatWasExpected() {
        ProfileException e = failure("{\"rules\": [{\"on\":\"A\",\"set\":{\"a\":1}}, {\"on\":\"B\",\"set\":{\"a\":1}}, {\"on\":\"C\",\"set\":{\"a\":1}},\n"
                + " {\"on\": 5, \"set\": {\"a\": 1}}]}");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().endsWith("rules[3].on: expected a type name or a list of them, found a number"), e.getMessage());
    }

    @Test
    void otherShapeMistakesAreCaught() {
        assertTrue(failure("{\"bogus\": 1}").getMessage().contains("unknown key \"bogus\" (expected one of name,"));
        assertTrue(failure("{\"mapping\": {\"timeUnit\": \"hours\"}}").getMessage()
                .endsWith("mapping.timeUnit: expected one of s, ms, us, ns, found \"hours\""));
        assertTrue(failure("{\"mapping\": {\"time\": 3}}").getMessage()
                .endsWith("mapping.time: expected a record path like \"$.a.b\", found a number"));
        assertTrue(failure("{\"rules\": [{\"on\": \"A\", \"add\": {\"x\": \"lots\"}}]}").getMessage()
                .contains("rules[0].add[\"x\"]: expected a number or a reference"));
        assertTrue(failure("{\"rules\": [{\"on\": \"A\", \"set\": {\"x\": \"$amount\"}}]}").getMessage()
                .contains("unknown reference \"$amount\""));
        assertTrue(failure("{\"rules\": [{\"set\": {\"x\": 1}}]}").getMessage()
                .endsWith("rules[0]: missing \"on\" (expected a type name or a list of them)"));
        assertTrue(failure("{\"rules\": [{\"on\": \"A\"}]}").getMessage()
                .endsWith("rules[0]: expected at least one of set, add, sub, append, pull, remove"));
        assertTrue(failure("{\"rules\": [{\"on\": \"A\", \"set\": {\"a/${b\": 1}}]}").getMessage()
                .contains("unclosed \"${\""));
        assertTrue(failure("{\"name\": \"a\", \"name\": \"b\"}").getMessage().contains("Duplicate field 'name'"));
        assertTrue(failure("[]").getMessage().endsWith("p.json:1:1: expected a profile object, found a list"));
        assertEquals("p.json:1:1: expected a profile object, found the end of the file", failure("").getMessage());
        assertTrue(failure("{} {}").getMessage().contains("expected the end of the file after the profile"));
    }

    @Test
    void badWhenFilterPointsIntoTheExpression() {
        ProfileException e = failure("{\"rules\": [\n  {\"on\": \"A\", \"when\": \"pid = \", \"set\": {\"a\": 1}}]}");
        assertEquals(2, e.line());
        assertTrue(e.column() > 24, "column " + e.column());
        assertTrue(e.getMessage().contains("rules[0].when: bad filter \"pid = \": col "), e.getMessage());
    }

    /** Escapes take more characters in the file than in the filter: the column counts the file's. */
    @Test
    void aBadWhenWithEscapesPointsAtTheFilesColumn() {
        String line = "{\"rules\": [{\"on\": \"A\", \"when\": \"s = \\\"\\u00fc\\\" and\", \"set\": {\"a\": 1}}]}";
        ProfileException e = failure(line);
        // The filter ends after "and", where the closing quote stands in the file.
        assertEquals(line.indexOf(" and\"") + 5, e.column(), e.getMessage() + " in " + line);
        assertTrue(e.getMessage().contains("expected a condition after 'and'"), e.getMessage());
    }

    /** A record path its reader would take differently from its author (or not at all) is refused where it is written. */
    @Test
    void recordPathsMustBeRecordPaths() {
        String[][] cases = {
                {"{\"mapping\": {\"type\": \"$.\"}}", "expected a field name after the '.' at character 2"},
                {"{\"mapping\": {\"type\": \"event.kind\"}}", "starts with \"$.\", as in \"$.event.kind\""},
                {"{\"mapping\": {\"type\": \"$.a..b\"}}", "expected a field name after the '.' at character 4"},
                {"{\"mapping\": {\"type\": \"$..a\"}}", "expected a field name after the '.' at character 2"},
                {"{\"mapping\": {\"type\": \"$.a[x]\"}}", "found [x]"},
                {"{\"mapping\": {\"links\": [{\"kind\": \"k\", \"ref\": \"$a\"}]}}", "expected '.' or '[' at character 2"},
                {"{\"rules\": [{\"on\": \"A\", \"set\": {\"x\": \"$.a..b\"}}]}", "is no record path"},
        };
        for (String[] c : cases) {
            ProfileException e = failure(c[0]);
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
            assertEquals(c[0].indexOf("\"$") >= 0 ? c[0].indexOf("\"$") + 1 : c[0].indexOf("\"event") + 1, e.column(), e.getMessage());
        }
        assertDoesNotThrow(() -> ProfileLoader.parse("ok.json",
                "{\"mapping\": {\"type\": \"$.a[0].b\", \"lane\": \"$[\\\"odd key\\\"].x\", \"id\": \"$.a b\", \"chain\": \"$\"}}"));
    }

    /**
     * A state path's holes and levels are checked where the path is written: a hole such as
     * {@code ${b..c}} would otherwise find nothing in any event, {@code ${b[}} stopped the fold, and
     * an empty level or unknown envelope field was reported at the rule's first column.
     */
    @Test
    void statePathMistakesPointAtThePath() {
        String[][] cases = {
                {"{\"rules\": [{\"on\": \"A\",\n  \"set\": {\"ok\": 1, \"a/${b..c}\": 1}}]}", "\"$.b..c\" is no record path"},
                {"{\"rules\": [{\"on\": \"A\",\n  \"set\": {\"ok\": 1, \"a/${b[}\": 1}}]}", "is not closed"},
                {"{\"rules\": [{\"on\": \"A\",\n  \"set\": {\"ok\": 1, \"a/${$bogus}\": 1}}]}", "unknown envelope field \"$bogus\""},
                {"{\"rules\": [{\"on\": \"A\",\n  \"set\": {\"ok\": 1, \"a/${x}//b\": 1}}]}", "empty level ('//')"},
                {"{\"rules\": [{\"on\": \"A\",\n  \"remove\": [\"ok\", \"a//b\"]}]}", "rules[0].remove[1]: empty level"},
        };
        for (String[] c : cases) {
            ProfileException e = failure(c[0]);
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
            assertEquals(2, e.line(), e.getMessage());
            assertEquals(c[0].indexOf("\"a/") - c[0].indexOf('\n'), e.column(), e.getMessage());
        }
        assertDoesNotThrow(() -> ProfileLoader.parse("ok.json", """
                {"rules": [{"on": "A", "set": {"/a/${$lane}/${$.b.c}/${d[0]}/${$['odd key']}/": 1}, "remove": "x/${$type}"}]}
                """));
    }

    @Test
    void literalDollarAndEnvelopeReferencesAreAccepted() throws ProfileException {
        Profile p = ProfileLoader.parse("ok.json", """
                // a comment is fine
                {"rules": [{"on": "*", "set": {"a": "\\\\$5", "b": "$type", "c": "$", "d": "$[\\"odd key\\"]"}}]}
                """);
        assertEquals("ok", p.name());
        assertEquals("\\$5", p.rules().get(0).set().get("a").asText());
        assertTrue(p.rules().get(0).matchesAnyType());
    }

    @Test
    void aFileThatIsNotUtf8NamesTheBadByteAndItsPlace() throws IOException {
        Path latin1 = dir.resolve("rp.json");
        Files.write(latin1, "{\n  \"name\": \"caf\u00e9 \u00e9t\u00e9\"\n}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        ProfileException e = assertThrows(ProfileException.class, () -> ProfileLoader.load(latin1));
        assertEquals(latin1 + ":2:15: not UTF-8 text (byte 0xE9 at offset 16 starts a 3-byte character, but byte 0x20 follows)",
                e.getMessage());

        Path cut = dir.resolve("cut.json");
        Files.write(cut, new byte[] {'{', '"', 'a', (byte) 0xC3});
        assertTrue(assertThrows(ProfileException.class, () -> ProfileLoader.load(cut)).getMessage()
                .endsWith("cut.json:1:4: not UTF-8 text (byte 0xC3 at offset 3 starts a 2-byte character, but the file ends)"));

        Path stray = dir.resolve("stray.json");
        Files.write(stray, new byte[] {'{', (byte) 0x92, '}'});
        assertTrue(assertThrows(ProfileException.class, () -> ProfileLoader.load(stray)).getMessage()
                .endsWith("stray.json:1:2: not UTF-8 text (byte 0x92 at offset 1 continues a character that never started)"));
    }

    @Test
    void missingFileIsNamed() {
        Path f = dir.resolve("absent.json");
        ProfileException e = assertThrows(ProfileException.class, () -> ProfileLoader.load(f));
        assertEquals(f + ": no such file", e.getMessage());
    }
}
