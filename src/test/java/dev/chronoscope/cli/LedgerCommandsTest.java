package dev.chronoscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands of cli.md on a small ledger log with the example profile of profiles.md. */
class LedgerCommandsTest {
    @TempDir Path dir;
    private CliRunner cli;
    private Path log;
    private Path profile;

    @BeforeEach
    void writeLog() throws IOException {
        cli = new CliRunner(dir.resolve("cache"));
        log = dir.resolve("ledger.jsonl");
        Files.writeString(log, String.join("\n",
                "{\"event\":\"AccountOpened\",\"at\":1000,\"id\":\"e0\",\"branch\":\"north\",\"account\":\"A\",\"owner\":\"ann\"}",
                "{\"event\":\"Deposited\",\"at\":2000,\"id\":\"e1\",\"branch\":\"north\",\"account\":\"A\",\"amount\":50,\"cause\":\"e0\"}",
                "{\"event\":\"AccountOpened\",\"at\":3000,\"id\":\"e2\",\"branch\":\"south\",\"account\":\"B\",\"owner\":\"bob\"}",
                "{\"event\":\"Withdrawn\",\"at\":4000,\"id\":\"e3\",\"branch\":\"north\",\"account\":\"A\",\"amount\":20,\"cause\":\"e1\"}",
                "{\"event\":\"Frozen\",\"at\":5000,\"id\":\"e4\",\"branch\":\"south\",\"account\":\"B\",\"reason\":\"audit\"}",
                "{\"event\":\"AccountClosed\",\"at\":6000,\"id\":\"e5\",\"branch\":\"north\",\"account\":\"A\",\"cause\":\"e3\"}") + "\n");
        profile = dir.resolve("ledger.json");
        Files.writeString(profile, """
                {
                  "name": "bank-ledger",
                  "detect": { "anyType": ["AccountOpened", "Deposited"] },
                  "mapping": { "type": "$.event", "time": "$.at", "timeUnit": "ms", "id": "$.id", "lane": "$.branch",
                               "links": [ { "kind": "caused-by", "ref": "$.cause" } ] },
                  "rules": [
                    { "on": "AccountOpened", "set": { "accounts/${account}/balance": 0, "accounts/${account}/owner": "$.owner" } },
                    { "on": "Deposited",  "add": { "accounts/${account}/balance": "$.amount" } },
                    { "on": "Withdrawn",  "sub": { "accounts/${account}/balance": "$.amount" } },
                    { "on": "Frozen", "when": "reason != null", "set": { "accounts/${account}/frozen": true } },
                    { "on": "AccountClosed", "remove": ["accounts/${account}"] }
                  ]
                }
                """);
    }

    private JsonNode json(String... args) {
        String[] all = new String[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--profile";
        all[args.length + 1] = profile.toString();
        all[args.length + 2] = "--json";
        return cli.json(all);
    }

    @Test
    void infoTextNamesEventsWithoutALaneAndKeepsLabelsApartFromValues() throws IOException {
        Path laneless = dir.resolve("laneless.jsonl");
        Files.writeString(laneless, "{\"type\":\"a\",\"ts\":1}\n{\"type\":\"b\",\"ts\":2}\n");
        CliRunner.Result info = cli.run("info", laneless.toString());
        assertEquals(0, info.status(), info.err());
        assertTrue(info.out().contains("\nlanes:       1 [(no lane)]\n"), info.out());
        assertTrue(info.out().contains("\nrule misses: 0\n"), info.out());
    }

    @Test
    void infoCountsEverything() {
        JsonNode info = json("info", log.toString());
        assertEquals("bank-ledger", info.get("profile").asText());
        assertEquals("json", info.get("format").asText());
        assertEquals(6, info.get("records").asLong());
        assertEquals(6, info.get("events").asLong());
        assertEquals(0, info.get("errors").asLong());
        assertEquals(2, info.get("types").get("AccountOpened").asLong());
        assertEquals(1_000_000_000L, info.get("firstTime").asLong());
        assertEquals(6_000_000_000L, info.get("lastTime").asLong());
        assertEquals(3, info.get("edges").asLong(), "three caused-by links resolve");
        assertTrue(info.get("lanes").toString().contains("north"));
    }

    @Test
    void stateAtAnOffsetIsTheFoldUpToIt() {
        JsonNode s = json("state", log.toString(), "--at", "3");
        assertEquals(3, s.get("offset").asLong());
        assertEquals(30, s.at("/state/accounts/A/balance").asLong());
        assertEquals("ann", s.at("/state/accounts/A/owner").asText());
        assertEquals(0, s.at("/state/accounts/B/balance").asLong());
        JsonNode end = json("state", log.toString(), "--at", "5");
        assertTrue(end.at("/state/accounts/A").isMissingNode(), "a closed account leaves no subtree");
        assertTrue(end.at("/state/accounts/B/frozen").asBoolean());
    }

    @Test
    void diffIsTheNetChangePerLeaf() {
        JsonNode d = json("diff", log.toString(), "--from", "0", "--to", "4");
        assertEquals(0, d.get("from").asLong());
        JsonNode changes = d.get("changes");
        assertEquals("accounts/A/balance", changes.get(0).get("path").asText());
        assertEquals(0, changes.get(0).get("before").asLong());
        assertEquals(30, changes.get(0).get("after").asLong());
        assertEquals("accounts/B/balance", changes.get(1).get("path").asText());
        assertTrue(changes.get(1).get("before").isNull());
        assertEquals(4, changes.size(), "A/balance, B/balance, B/frozen, B/owner");
    }

    @Test
    void historyListsEveryChangeUnderAPath() {
        JsonNode h = json("history", log.toString(), "--path", "accounts/A/balance");
        JsonNode changes = h.get("changes");
        assertEquals(4, changes.size());
        assertEquals(0, changes.get(0).get("offset").asLong());
        assertEquals(50, changes.get(1).get("after").asLong());
        assertEquals(30, changes.get(2).get("after").asLong());
        assertEquals(5, changes.get(3).get("offset").asLong());
        assertTrue(changes.get(3).get("after").isNull());
        JsonNode subtree = json("history", log.toString(), "--path", "accounts/A", "--from", "5", "--to", "5");
        assertEquals(2, subtree.get("changes").size(), "closing removes balance and owner");
    }

    @Test
    void eventsFilterAndCount() {
        JsonNode e = json("events", log.toString(), "--filter", "lane = north and amount > 10");
        assertEquals(2, e.get("events").size());
        assertEquals(1, e.get("events").get(0).get("offset").asLong());
        assertEquals("Deposited", e.get("events").get(0).get("type").asText());
        assertEquals(50, e.get("events").get(0).at("/record/amount").asLong());
        assertEquals(4, json("events", log.toString(), "--filter", "branch = north", "--count").get("count").asLong());
        assertEquals(2, json("events", log.toString(), "--from", "2", "--to", "3").get("events").size());
    }

    /** A range past the log or running backwards is a mistake to name, not an empty answer. */
    @Test
    void eventsAndHistoryRefuseRangesOutsideTheLogOrBackwards() {
        for (String[] args : new String[][] {
                {"events", log.toString(), "--from", "60"},
                {"events", log.toString(), "--from", "-1"},
                {"events", log.toString(), "--to", "60"},
                {"history", log.toString(), "--path", "accounts", "--from", "60"}}) {
            CliRunner.Result r = cli.run(withProfile(args));
            assertEquals(Cli.UNUSABLE, r.status(), String.join(" ", args));
            assertTrue(r.err().contains("is outside the log: valid offsets are 0.."), r.err());
        }
        for (String[] args : new String[][] {
                {"events", log.toString(), "--from", "3", "--to", "2"},
                {"history", log.toString(), "--path", "accounts", "--from", "3", "--to", "2"}}) {
            CliRunner.Result r = cli.run(withProfile(args));
            assertEquals(Cli.UNUSABLE, r.status(), String.join(" ", args));
            assertTrue(r.err().contains("--to 2 is before --from 3"), r.err());
        }
    }

    private String[] withProfile(String[] args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--profile";
        all[args.length + 1] = profile.toString();
        return all;
    }

    @Test
    void causesAndEffectsFollowLinks() {
        JsonNode causes = json("causes", log.toString(), "--event", "5");
        assertEquals("[3,1,0]", causes.get("offsets").toString());
        JsonNode near = json("causes", log.toString(), "--event", "5", "--depth", "1");
        assertEquals("[3]", near.get("offsets").toString());
        JsonNode effects = json("effects", log.toString(), "--event", "0");
        assertEquals("[1,3,5]", effects.get("offsets").toString());
    }

    @Test
    void secondOpenUsesTheCache() {
        assertEquals("built", json("info", log.toString()).get("cache").asText());
        assertEquals("hit", json("info", log.toString()).get("cache").asText());
        assertEquals("built", json("info", log.toString(), "--no-cache").get("cache").asText());
    }

    @Test
    void offsetsOutsideTheLogAreUnusable() {
        CliRunner.Result r = cli.run("state", log.toString(), "--at", "99", "--profile", profile.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("--at 99"), r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, cli.run("state", log.toString()).status(), "--at is required");
        assertEquals(2, cli.run("frobnicate").status());
    }
}
