package dev.chronoscope.replay;

import static dev.chronoscope.replay.TestData.event;
import static dev.chronoscope.replay.TestData.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import dev.chronoscope.profile.Profile;
import dev.chronoscope.profile.ProfileException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayBuilderTest {

    @Test
    void whenFiltersWhichEventsARuleSees() throws ProfileException {
        Folding f = Folding.of("""
                {"rules":[{"on":"Frozen","when":"exists reason","set":{"accounts/${account}/frozen":true}}]}""",
                event(0, "Frozen", "", "{'account':'A','reason':'fraud'}"),
                event(1, "Frozen", "", "{'account':'B'}"));
        assertEquals(json("true"), f.get("accounts/A/frozen"));
        assertEquals(1, f.leaves().size());
        ProfileException bad = assertThrows(ProfileException.class, () -> Folding.of("""
                {"rules":[{"on":"*","set":{"a":1}},{"on":"*","when":"reason = ","set":{"a":1}}]}"""));
        assertEquals(2, bad.line());
        assertTrue(bad.getMessage().contains("when"), bad.getMessage());
    }

    @Test
    void extraProjectionsRunAfterTheRulesAndAreFoundByName() throws ProfileException {
        Profile p = TestData.profile("""
                {"rules":[{"on":"*","set":{"lanes/${$lane}/events":-1,"lanes/${$lane}/last":"$type"}}],
                 "projections":["test-lane-counter"]}""");
        List<Event> log = List.of(event(0, "A", "x", "{}"), event(1, "B", "x", "{}"), event(2, "C", "y", "{}"));
        Replay r = ReplayProperties.build(p, log, 2);
        assertEquals(json("2"), r.state(2).get("lanes/x/events"));
        assertEquals(json("\"B\""), r.state(2).get("lanes/x/last"));
        ReplayProperties.assertReconstructionMatchesFold(p, log);
        assertTrue(Projections.names().contains("test-lane-counter"));
        assertTrue(Projections.byName("no-such-projection").isEmpty());
        ProfileException unknown = assertThrows(ProfileException.class, () -> Projections.forProfile(
                TestData.profile("{\"projections\":[\"no-such-projection\"]}")));
        assertTrue(unknown.getMessage().contains("test-lane-counter"), unknown.getMessage());
    }

    /** An unknown projection used to be reported at line 1, column 1 of its file. */
    @Test
    void anUnknownProjectionPointsAtWhereProjectionsAreNamed() throws ProfileException {
        Profile p = dev.chronoscope.profile.ProfileLoader.parse("p.json", """
                {"name": "p",
                 "rules": [{"on": "*", "set": {"a": 1}}],
                   "projections": ["chrome-stacks", "java.lang.Runtime"]}""");
        ProfileException e = assertThrows(ProfileException.class, () -> Projections.forProfile(p));
        assertEquals(3, e.line(), e.getMessage());
        assertEquals(4, e.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith("p.json:3:4: projections: unknown projection 'java.lang.Runtime'"), e.getMessage());
    }

    @Test
    void acceptReturnsTheChangesAndFinishWritesTheFacts() throws ProfileException {
        MemoryStoreWriter writer = new MemoryStoreWriter();
        ReplayBuilder b = new ReplayBuilder(TestData.profile("""
                {"rules":[{"on":"*","set":{"x/${k}":"$.v"}}]}"""), List.of(), writer, 4);
        List<List<Change>> returned = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            Event e = k % 3 == 0 ? event(k, "E", "", "{'v':" + k + "}") : event(k, "E", "", "{'k':'a','v':" + k + "}");
            writer.append(e);
            returned.add(b.accept(e));
        }
        b.finish();
        assertEquals(List.of(new Change("x/a", null, json("1"))), returned.get(1));
        assertEquals(4, b.ruleMisses(), "events 0, 3, 6, 9 have no k");
        Replay r = Replay.open(writer.commit());
        assertEquals(4, r.ruleMisses());
        for (int k = 0; k < 10; k++) assertEquals(returned.get(k), r.changesAt(k));
        assertEquals(List.of(3L, 7L), List.copyOf(writer.blobs.get(ReplayBuilder.CHECKPOINTS).keySet()));
        assertEquals("4", writer.meta.get(ReplayBuilder.META_INTERVAL));
        assertTrue(writer.meta.get(ReplayBuilder.META_MISS_EXAMPLES).contains("x/${k}"));
    }

    @Test
    void checkpointsSpreadOutWhenTheyWouldPassHalfTheStore() throws ProfileException {
        MemoryStoreWriter writer = new MemoryStoreWriter();
        ReplayBuilder b = new ReplayBuilder(TestData.profile("""
                {"rules":[{"on":"*","set":{"grow/${$offset}":"$.pad"}}]}"""), List.of(), writer, 10);
        List<Event> log = new ArrayList<>();
        for (int k = 0; k < 2000; k++) log.add(event(k, "E", "", "{'pad':'" + "p".repeat(20) + "'}"));
        for (Event e : log) {
            writer.append(e);
            b.accept(e);
        }
        b.finish();
        long checkpointBytes = writer.blobs.get(ReplayBuilder.CHECKPOINTS).values().stream().mapToLong(v -> v.length).sum();
        long last = writer.blobs.get(ReplayBuilder.CHECKPOINTS).lastKey();
        int interval = Integer.parseInt(writer.meta.get(ReplayBuilder.META_INTERVAL));
        assertTrue(interval > 10, "the interval grew: " + interval);
        assertTrue(checkpointBytes <= writer.bytesWritten() / 2 + 4096, checkpointBytes + " of " + writer.bytesWritten());
        assertTrue(log.size() - 1 - last <= interval, "no gap beyond the final interval");
        ReplayProperties.assertReconstructionMatchesFold(TestData.profile("""
                {"rules":[{"on":"*","set":{"grow/${$offset}":"$.pad"}}]}"""), log.subList(0, 400), 5, 10);
    }
}
