package dev.chronoscope.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.profile.Profile;
import dev.chronoscope.profile.ProfileException;
import dev.chronoscope.store.LogStoreWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The replay properties, reusable on any profile and event list (the lead runs them on every
 * built-in profile):
 *
 * <ol>
 *   <li>the state rebuilt from the store ({@link Replay#state}, {@link Cursor#seek} from any
 *       position) equals a plain fold of events 0..k with fresh projections;</li>
 *   <li>the stored change sets equal the fold's, and the fold is deterministic;</li>
 *   <li>undo(apply(s)) == s and apply(undo(s)) == s for random steps;</li>
 *   <li>the state is always a proper tree (no leaf path is an ancestor of another).</li>
 * </ol>
 */
public final class ReplayProperties {
    private ReplayProperties() {}

    /** Checks the properties with the default and with a tiny checkpoint interval. */
    public static void assertReconstructionMatchesFold(Profile profile, List<Event> events) {
        assertReconstructionMatchesFold(profile, events, 42, ReplayBuilder.DEFAULT_CHECKPOINT_INTERVAL);
        assertReconstructionMatchesFold(profile, events, 7, 7);
    }

    public static void assertReconstructionMatchesFold(Profile profile, List<Event> events, long seed, int interval) {
        assertReconstructionMatchesFold(profile, events, seed, interval, new MemoryStoreWriter());
    }

    /** The same on a store of your choice (the MapDB store, say); the writer must be fresh. */
    public static void assertReconstructionMatchesFold(Profile profile, List<Event> events, long seed, int interval,
                                                       LogStoreWriter storeWriter) {
        Replay replay = build(profile, events, interval, storeWriter);
        int n = events.size();
        Random random = new Random(seed);
        TreeSet<Long> samples = new TreeSet<>(List.of(-1L, (long) n - 1, (long) interval - 1, (long) interval));
        for (int i = 0; i < 40 && n > 0; i++) samples.add((long) random.nextInt(n));
        samples.removeIf(k -> k >= n);

        Map<Long, TreeMap<String, JsonNode>> folded = foldAt(profile, events, samples, replay);
        List<Long> order = new ArrayList<>(samples);
        Collections.shuffle(order, random);
        Cursor cursor = replay.newCursor();
        for (long k : order) {
            TreeMap<String, JsonNode> expected = folded.get(k);
            assertEquals(expected, replay.state(k).leaves(""), "Replay.state(" + k + ") differs from the fold");
            cursor.seek(k);
            assertEquals(k, cursor.offset());
            assertEquals(expected, cursor.snapshot().leaves(""), "Cursor.seek(" + k + ") differs from the fold");
        }
        assertStepsAreReversible(replay, n, random);
    }

    /** Ingests the events into an in-memory store and opens its replay. */
    public static Replay build(Profile profile, List<Event> events, int interval) {
        return build(profile, events, interval, new MemoryStoreWriter());
    }

    public static Replay build(Profile profile, List<Event> events, int interval, LogStoreWriter writer) {
        try {
            ReplayBuilder builder = new ReplayBuilder(profile, Projections.forProfile(profile), writer, interval);
            for (Event e : events) {
                writer.append(e);
                builder.accept(e);
            }
            builder.finish();
        } catch (ProfileException e) {
            fail("profile does not compile: " + e.getMessage());
        }
        return Replay.open(writer.commit());
    }

    private static Map<Long, TreeMap<String, JsonNode>> foldAt(Profile profile, List<Event> events,
                                                                TreeSet<Long> samples, Replay replay) {
        Map<Long, TreeMap<String, JsonNode>> out = new java.util.HashMap<>();
        out.put(-1L, new TreeMap<>());
        try {
            RuleProjection rules = new RuleProjection(profile);
            List<Projection> extras = Projections.forProfile(profile);
            RecordingWriter writer = new RecordingWriter();
            for (int k = 0; k < events.size(); k++) {
                rules.apply(events.get(k), writer);
                for (Projection p : extras) p.apply(events.get(k), writer);
                List<Change> changes = writer.finishEvent();
                assertEquals(changes, replay.changesAt(k), "stored change set of event " + k);
                for (Change c : changes) assertFalse(java.util.Objects.equals(c.before(), c.after()), "no-op change " + c);
                if (samples.contains((long) k)) {
                    TreeMap<String, JsonNode> leaves = writer.leaves();
                    assertProperTree(leaves, k);
                    out.put((long) k, leaves);
                }
            }
        } catch (ProfileException e) {
            fail("profile does not compile: " + e.getMessage());
        }
        return out;
    }

    private static void assertStepsAreReversible(Replay replay, int n, Random random) {
        Cursor cursor = replay.newCursor();
        for (int i = 0; i < 60 && n > 0; i++) {
            cursor.seek(random.nextInt(n + 1) - 1);
            State s = cursor.snapshot();
            if (cursor.stepForward()) {
                assertEquals(replay.changesAt(cursor.offset()), cursor.changesAtCursor());
                assertTrue(cursor.stepBack());
                assertEquals(s.leaves(""), cursor.snapshot().leaves(""), "undo(apply) at " + s.offset());
            }
            if (cursor.stepBack()) {
                assertTrue(cursor.stepForward());
                assertEquals(s.leaves(""), cursor.snapshot().leaves(""), "apply(undo) at " + s.offset());
            }
        }
        cursor.seek(-1);
        assertFalse(cursor.stepBack());
        assertEquals(0, cursor.snapshot().size());
        for (int k = 0; k < n; k++) assertTrue(cursor.stepForward());
        assertFalse(cursor.stepForward());
        assertEquals(replay.state(n - 1).leaves(""), cursor.snapshot().leaves(""), "stepping 0..n-1");
    }

    static void assertProperTree(Map<String, JsonNode> leaves, long k) {
        for (String path : leaves.keySet()) {
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                if (leaves.containsKey(path.substring(0, slash))) {
                    fail("after event " + k + " leaf " + path.substring(0, slash) + " is an ancestor of leaf " + path);
                }
            }
        }
    }
}
