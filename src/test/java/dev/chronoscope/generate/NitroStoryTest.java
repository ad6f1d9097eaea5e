package dev.chronoscope.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Objectives move through legal statuses, channels keep turn and money straight, the story runs. */
class NitroStoryTest {
    private static final int N = 6_000;

    @TempDir
    Path dir;

    private final Map<String, String> status = new HashMap<>();
    private final Map<String, Long> turn = new HashMap<>();
    private final Map<String, String> hashOfTurn = new HashMap<>();
    private final Map<String, Long> holdings = new HashMap<>();
    private final Map<String, ObjectNode> challenge = new HashMap<>();
    private final Set<String> types = new HashSet<>();
    private final Map<String, String> tagOf = new HashMap<>();
    private int timeouts;
    private int cleared;
    private int rejected;

    @ParameterizedTest
    @ValueSource(longs = {42, 11})
    void objectivesChannelsAndSnapshotsAreConsistentAndTheChallengesHappen(long seed) throws Exception {
        List<ObjectNode> log = Logs.generate("nitro-p1", dir, N, seed);
        for (int offset = 0; offset < log.size(); offset++) {
            String type = Logs.tag(log.get(offset));
            ObjectNode e = Logs.body(log.get(offset));
            String at = "seed " + seed + " offset " + offset + " " + type;
            types.add(type);
            assertTrue(e.get("event_id").asText().matches("[0-9a-f]{64}"), at + ": event_id is a 32-byte hash");
            tagOf.put(e.get("event_id").asText(), type);
            assertEquals(offset > 0 && offset % 1000 == 0, type.equals("snapshot_created"), at + ": snapshot every 1000");
            if (type.equals("snapshot_created")) assertEquals(offset - 1, e.get("offset").asLong(), at);
            if (type.startsWith("objective_")) objective(type, e, at);
            if (type.startsWith("state_")) state(e, at);
            channel(type, e, at);
        }
        assertTrue(types.size() >= 15, "event types: " + types);
        assertEquals(1, timeouts, "one challenge times out");
        assertEquals(1, cleared, "one challenge is cleared");
        assertTrue(rejected >= 1, "an objective is rejected");
    }

    private void objective(String type, ObjectNode e, String at) {
        String id = e.get("objective_id").asText();
        String before = status.get(id);
        String expected = switch (type) {
            case "objective_created" -> null;
            case "objective_completed" -> "approved";
            default -> "created";
        };
        assertEquals(expected, before, at + ": illegal transition from " + before);
        status.put(id, type.substring("objective_".length()));
        if (type.equals("objective_rejected")) rejected++;
    }

    private void state(ObjectNode e, String at) {
        String channel = e.get("channel_id").asText();
        long t = e.get("turn_num").asLong();
        assertTrue(t >= turn.getOrDefault(channel, 0L), at + ": turn went back");
        turn.put(channel, t);
        String previous = hashOfTurn.putIfAbsent(channel + "#" + t, e.get("state_hash").asText());
        if (previous != null) assertEquals(previous, e.get("state_hash").asText(), at + ": two states at one turn");
        long sum = 0;
        for (JsonNode amount : e.get("balances")) sum += amount.asLong();
        if (t >= 1) assertEquals(holdings.get(channel), sum, at + ": balances do not add up to the holdings");
        if (e.has("caused_by")) assertEquals("message_received", tagOf.get(e.get("caused_by").asText()), at);
        if (challenge.containsKey(channel)) assertTrue(e.get("signer").asText().startsWith("0xa11ce") || e.has("caused_by"), at);
    }

    private void channel(String type, ObjectNode e, String at) {
        String channel = e.path("channel_id").asText(null);
        switch (type) {
            case "deposit_detected" -> holdings.put(channel, e.get("holdings").asLong());
            case "challenge_registered" -> {
                assertTrue(challenge.put(channel, e) == null, at + ": second challenge on a channel");
                assertTrue(e.get("turn_num").asLong() < turn.get(channel), at + ": challenges the last supported turn");
            }
            case "challenge_cleared" -> {
                assertNotNull(challenge.remove(channel), at + ": clears no challenge");
                cleared++;
            }
            case "channel_concluded" -> {
                if (e.get("reason").asText().equals("challenge_timeout")) {
                    ObjectNode c = challenge.remove(channel);
                    assertNotNull(c, at + ": timed out without a challenge");
                    assertTrue(e.get("timestamp").asLong() >= c.get("finalizes_at").asLong(), at + ": concluded early");
                    assertEquals(c.get("turn_num"), e.get("finalized_turn"), at + ": finalized at the challenged turn");
                    timeouts++;
                }
            }
            case "withdrawal_completed" -> {
                long left = holdings.get(channel) - e.get("amount").asLong();
                assertEquals(left, e.get("holdings").asLong(), at + ": holdings after withdrawal");
                holdings.put(channel, left);
            }
            default -> { }
        }
    }
}
