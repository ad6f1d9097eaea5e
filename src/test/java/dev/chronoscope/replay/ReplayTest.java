package dev.chronoscope.replay;

import static dev.chronoscope.replay.TestData.event;
import static dev.chronoscope.replay.TestData.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import dev.chronoscope.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** diff, history, previous/next change and state output, with the semantics of formats/cli.md. */
class ReplayTest {

    private static final Profile LOCKS = TestData.profile("""
            {"rules":[
              {"on":"Acq","set":{"locks/${l}/holder":"$.p"}},
              {"on":"Rel","remove":["locks/${l}/holder"]},
              {"on":"Wait","append":{"locks/${l}/waiters":"$.p"}},
              {"on":"Drop","remove":["locks/${l}"]},
              {"on":"Tick","add":{"ticks":1}}
            ]}""");

    /** 0 Acq L7 p1 · 1 Wait L7 p2 · 2 Acq L70 p3 · 3 Tick · 4 Rel L7 · 5 Acq L7 p2 · 6 Drop L7 · 7 Acq L7 p1. */
    private static Replay replay(int interval) {
        List<Event> log = List.of(
                event(0, "Acq", "", "{'l':'L7','p':1}"),
                event(1, "Wait", "", "{'l':'L7','p':2}"),
                event(2, "Acq", "", "{'l':'L70','p':3}"),
                event(3, "Tick", "", "{}"),
                event(4, "Rel", "", "{'l':'L7'}"),
                event(5, "Acq", "", "{'l':'L7','p':2}"),
                event(6, "Drop", "", "{'l':'L7'}"),
                event(7, "Acq", "", "{'l':'L7','p':1}"));
        return ReplayProperties.build(LOCKS, log, interval);
    }

    @Test
    void historyOfAPrefixListsEveryChangeBelowItInOffsetOrder() {
        for (int interval : new int[] {1, 3, 1000}) {
            Replay r = replay(interval);
            List<OffsetChange> h = r.history("locks/L7", 0, 7);
            assertEquals(List.of(
                    new OffsetChange(0, "locks/L7/holder", null, json("1")),
                    new OffsetChange(1, "locks/L7/waiters", null, json("[2]")),
                    new OffsetChange(4, "locks/L7/holder", json("1"), null),
                    new OffsetChange(5, "locks/L7/holder", null, json("2")),
                    new OffsetChange(6, "locks/L7/holder", json("2"), null),
                    new OffsetChange(6, "locks/L7/waiters", json("[2]"), null),
                    new OffsetChange(7, "locks/L7/holder", null, json("1"))), h, "L70 is not under L7");
            assertEquals(List.of(new OffsetChange(2, "locks/L70/holder", null, json("3"))), r.history("locks/L70/", 0, 7));
            assertEquals(3, r.history("locks/L7/holder", 4, 6).size(), "from and to are inclusive");
            assertEquals(List.of(), r.history("nothing/here", 0, 7));
            assertEquals(9, r.history("", -5, 100).size(), "the root is every change; the range is clamped");
            assertEquals(h, r.history("locks/L7", Long.MIN_VALUE, Long.MAX_VALUE));
        }
    }

    @Test
    void previousAndNextChangeAreStrictAndMinusOneWhenNone() {
        Replay r = replay(2);
        assertEquals(5, r.previousChange("locks/L7/holder", 6));
        assertEquals(4, r.previousChange("locks/L7/holder", 5));
        assertEquals(-1, r.previousChange("locks/L7/holder", 0));
        assertEquals(6, r.previousChange("locks/L7", 7), "a prefix counts changes below it");
        assertEquals(4, r.nextChange("locks/L7/holder", 1));
        assertEquals(-1, r.nextChange("locks/L7/holder", 7));
        assertEquals(-1, r.nextChange("ticks", 3));
        assertEquals(3, r.nextChange("", 2));
        assertEquals(7, r.previousChange("", 100));
        assertEquals(-1, r.previousChange("locks/L7", Long.MIN_VALUE));
        assertEquals(-1, r.nextChange("locks/L7", Long.MAX_VALUE));
        assertEquals(0, r.nextChange("locks/L7", Long.MIN_VALUE));
        assertEquals(7, r.previousChange("locks/L7", Long.MAX_VALUE));
    }

    @Test
    void diffIsTheNetChangePerLeafSortedByPathInEitherDirection() {
        for (int interval : new int[] {1, 1000}) {
            Replay r = replay(interval);
            List<Change> forward = r.diff(0, 5, "");
            assertEquals(List.of(
                    new Change("locks/L7/holder", json("1"), json("2")),
                    new Change("locks/L7/waiters", null, json("[2]")),
                    new Change("locks/L70/holder", null, json("3")),
                    new Change("ticks", null, json("1"))), forward, "String order: '/' sorts before '0'");
            List<Change> back = r.diff(5, 0, "");
            List<Change> inverted = new ArrayList<>();
            for (Change c : forward) inverted.add(c.inverse());
            assertEquals(inverted, back);
            assertEquals(List.of(), r.diff(0, 7, "locks/L7/holder"), "1 → 2 → absent → 1 nets to nothing");
            assertEquals(List.of(new Change("locks/L7/holder", null, json("1"))), r.diff(-1, 7, "locks/L7"));
            assertEquals(List.of(), r.diff(3, 3, ""));
        }
    }

    @Test
    void diffOfDistantOffsetsComparesStatesAndAgreesWithWalking() {
        List<Event> log = ReplayPropertiesTest.randomLog(5, 600);
        Replay close = ReplayProperties.build(ReplayPropertiesTest.MIXED, log, 1000);
        Replay far = ReplayProperties.build(ReplayPropertiesTest.MIXED, log, 5);
        for (String prefix : new String[] {"", "acc", "obj/A", "counts/Dep"}) {
            for (long[] ab : new long[][] {{-1, 599}, {17, 480}, {480, 17}, {100, 104}}) {
                List<Change> expected = close.diff(ab[0], ab[1], prefix);
                assertEquals(expected, far.diff(ab[0], ab[1], prefix), prefix + " " + ab[0] + ".." + ab[1]);
                for (Change c : expected) assertTrue(Paths.isAtOrUnder(c.path(), prefix));
            }
        }
    }

    @Test
    void stateAsNestedJsonOmitsEmptySubtrees() {
        Replay r = replay(3);
        State s = r.state(6);
        assertEquals(json("{'locks':{'L70':{'holder':3}},'ticks':1}".replace('\'', '"')), s.toJson(""));
        assertEquals(json("{'locks':{'L70':{'holder':3}}}".replace('\'', '"')), s.toJson("locks/"));
        assertEquals(json("{}"), s.toJson("locks/L7"));
        assertEquals(json("{'ticks':1}".replace('\'', '"')), s.toJson("ticks"));
        assertEquals(2, s.size());
        assertNull(s.get("locks/L7/holder"));
        assertEquals(6, s.offset());
        assertEquals(-1, r.state(-1).offset());
        assertEquals(0, r.state(-1).size());
    }

    @Test
    void changesAtAndOffsetsOutsideTheLog() {
        Replay r = replay(3);
        assertEquals(List.of(new Change("locks/L7/holder", json("2"), null),
                new Change("locks/L7/waiters", json("[2]"), null)), r.changesAt(6));
        assertEquals(List.of(), r.changesAt(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> r.changesAt(8));
        assertThrows(IndexOutOfBoundsException.class, () -> r.state(-2));
        Cursor c = r.newCursor();
        assertThrows(IndexOutOfBoundsException.class, () -> c.seek(8));
        assertEquals(-1, c.offset());
        assertEquals(List.of(), c.changesAtCursor());
    }
}
