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
 *   <li>the path questions (previous / next change, history, diff under a path, leaf or inner)
 *       agree with the stored change sets read one by one;</li>
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
        assertPathQuestionsMatchChangeSets(replay, n, random);
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

    /** Checks the path questions on leaves and inner paths against a scan of every change set. */
    private static void assertPathQuestionsMatchChangeSets(Replay replay, int n, Random random) {
        List<List<Change>> changeSets = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>();
        for (int k = 0; k < n; k++) {
            List<Change> changes = replay.changesAt(k);
            changeSets.add(changes);
            for (Change c : changes) {
                paths.add(c.path());
                for (int slash = c.path().indexOf('/'); slash > 0; slash = c.path().indexOf('/', slash + 1)) {
                    paths.add(c.path().substring(0, slash));
                }
            }
        }
        paths.add("no/such/path");
        List<String> all = new ArrayList<>(paths);
        List<String> asked = new ArrayList<>();
        for (String p : all) if (p.indexOf('/') < 0) asked.add(p);
        for (int i = 0; i < 25 && !all.isEmpty(); i++) asked.add(all.get(random.nextInt(all.size())));
        for (String path : asked) {
            TreeSet<Long> changedAt = new TreeSet<>();
            for (int k = 0; k < n; k++) {
                for (Change c : changeSets.get(k)) if (Paths.isAtOrUnder(c.path(), path)) changedAt.add((long) k);
            }
            for (int i = 0; i < 12; i++) {
                long at = random.nextInt(n + 3) - 1;
                Long before = changedAt.lower(at);
                Long after = changedAt.higher(at);
                assertEquals(before == null ? -1 : before, replay.previousChange(path, at), "previousChange(" + path + ", " + at + ")");
                assertEquals(after == null ? -1 : after, replay.nextChange(path, at), "nextChange(" + path + ", " + at + ")");
            }
            for (int i = 0; i < 4 && n > 0; i++) {
                long a = random.nextInt(n + 1) - 1;
                long b = random.nextInt(n + 1) - 1;
                long from = Math.min(a, b);
                long to = i == 0 ? n - 1 : Math.max(a, b);
                List<OffsetChange> expected = new ArrayList<>();
                for (long k = Math.max(0, from); k <= to; k++) {
                    for (Change c : changeSets.get((int) k)) {
                        if (Paths.isAtOrUnder(c.path(), path)) expected.add(new OffsetChange(k, c.path(), c.before(), c.after()));
                    }
                }
                assertEquals(expected, replay.history(path, from, to), "history(" + path + ", " + from + ", " + to + ")");
                assertEquals(expectedDiff(replay, a, b, path), replay.diff(a, b, path), "diff(" + a + ", " + b + ", " + path + ")");
            }
        }
    }

    private static List<Change> expectedDiff(Replay replay, long a, long b, String path) {
        TreeMap<String, JsonNode> from = new TreeMap<>(replay.state(a).leaves(path));
        TreeMap<String, JsonNode> to = new TreeMap<>(replay.state(b).leaves(path));
        TreeSet<String> keys = new TreeSet<>(from.keySet());
        keys.addAll(to.keySet());
        List<Change> out = new ArrayList<>();
        for (String key : keys) {
            if (!java.util.Objects.equals(from.get(key), to.get(key))) out.add(new Change(key, from.get(key), to.get(key)));
        }
        return out;
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
