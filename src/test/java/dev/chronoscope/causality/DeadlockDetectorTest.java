package dev.chronoscope.causality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chronoscope.event.Event;
import dev.chronoscope.replay.Change;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadlockDetectorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twoProcessesWaitingOnEachOthersLockDeadlockWhereTheSecondWaitBegins() {
        Map<Long, List<Change>> changes = new HashMap<>();
        changes.put(0L, List.of(change("locks/A/holder", null, "1")));
        changes.put(1L, List.of(change("locks/B/holder", null, "2")));
        changes.put(2L, List.of(change("locks/B/waiters", null, "[1]")));
        changes.put(3L, List.of(change("processes/1/state", null, "\"blocked\"")));
        changes.put(4L, List.of(change("locks/A/waiters", null, "[2]")));
        changes.put(5L, List.of(change("locks/A/waiters", "[2]", "[2,3]")));
        List<Finding> findings = findings(changes, 7);
        assertEquals(1, findings.size(), "the standing cycle is reported once: " + findings);
        Finding f = findings.get(0);
        assertEquals("deadlock", f.kind());
        assertEquals(4, f.offset());
        assertTrue(f.subjects().containsAll(List.of("process 1", "process 2", "lock A", "lock B")), f.subjects().toString());
        assertEquals(List.of(2L, 4L), f.offsets());
        assertTrue(f.summary().contains("process 2 waits for lock A held by process 1"), f.summary());
    }

    @Test
    void releasingBeforeTheSecondWaitIsNoDeadlock() {
        Map<Long, List<Change>> changes = new HashMap<>();
        changes.put(0L, List.of(change("locks/A/holder", null, "1")));
        changes.put(1L, List.of(change("locks/B/holder", null, "2")));
        changes.put(2L, List.of(change("locks/B/waiters", null, "[1]")));
        changes.put(3L, List.of(change("locks/B/holder", "2", "1"), change("locks/B/waiters", "[1]", "[]")));
        changes.put(4L, List.of(change("locks/A/waiters", null, "[2]")));
        assertTrue(findings(changes, 6).isEmpty());
    }

    @Test
    void threeProcessCycleClosesOnTheHolderChange() {
        Map<Long, List<Change>> changes = new HashMap<>();
        changes.put(0L, List.of(change("locks/L1/holder", null, "10"), change("locks/L2/holder", null, "20")));
        changes.put(1L, List.of(change("locks/L2/waiters", null, "[10]")));
        changes.put(2L, List.of(change("locks/L3/waiters", null, "[20]")));
        changes.put(3L, List.of(change("locks/L1/waiters", null, "[30]")));
        changes.put(4L, List.of(change("locks/L3/holder", null, "30")));
        List<Finding> findings = findings(changes, 6);
        assertEquals(1, findings.size());
        assertEquals(4, findings.get(0).offset());
        assertEquals(6, findings.get(0).subjects().size());
    }

    @Test
    void aWaitingHolderOutsideAnyCycleIsNoDeadlockAndTheCycleIsFoundThroughItsSecondWait() {
        Map<Long, List<Change>> changes = new HashMap<>();
        changes.put(0L, List.of(change("locks/A/holder", null, "1"), change("locks/B/holder", null, "2"),
                change("locks/C/holder", null, "3")));
        changes.put(1L, List.of(change("locks/C/waiters", null, "[1]")));
        changes.put(2L, List.of(change("locks/A/waiters", null, "[4]")));
        changes.put(3L, List.of(change("locks/B/waiters", null, "[1]")));
        changes.put(4L, List.of(change("locks/A/waiters", "[4]", "[4,2]")));
        List<Finding> findings = findings(changes, 6);
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals(4, f.offset());
        assertEquals(List.of("process 2", "lock A", "process 1", "lock B"), f.subjects());
        assertEquals(List.of(3L, 4L), f.offsets());
    }

    @Test
    void aCycleThatBreaksAndFormsAgainIsReportedAgain() {
        Map<Long, List<Change>> changes = new HashMap<>();
        changes.put(0L, List.of(change("locks/A/holder", null, "1"), change("locks/B/holder", null, "2")));
        changes.put(1L, List.of(change("locks/B/waiters", null, "[1]"), change("locks/A/waiters", null, "[2]")));
        changes.put(2L, List.of(change("locks/A/waiters", "[2]", null)));
        changes.put(3L, List.of(change("locks/A/waiters", null, "[2]")));
        List<Long> at = findings(changes, 5).stream().map(Finding::offset).toList();
        assertEquals(List.of(1L, 3L), at);
    }

    @Test
    void changesOfInterestKeepLockHoldersAndWaitersOnlyAndFindTheSameDeadlocks() {
        Change holder = change("locks/A/holder", null, "1");
        Change waiters = change("locks/x/y/waiters", null, "[2]");
        List<Change> mixed = List.of(change("processes/1/state", null, "\"blocked\""), holder,
                change("locks/A/holder/since", null, "3"), change("locks//holder", null, "4"),
                change("locks/holder", null, "5"), change("files/locks/A/holder", null, "6"), waiters);
        assertEquals(List.of(holder, waiters), CausalityBuilder.changesOfInterest(mixed));
        assertEquals(List.of(), CausalityBuilder.changesOfInterest(List.of(change("processes/1/state", null, "1"))));
        assertEquals(List.of(), CausalityBuilder.changesOfInterest(null));

        Map<Long, List<Change>> changes = new HashMap<>();
        changes.put(0L, List.of(change("locks/A/holder", null, "1"), change("processes/1/cpu", null, "0")));
        changes.put(1L, List.of(change("locks/B/holder", null, "2")));
        changes.put(2L, List.of(change("processes/1/waiting_for", null, "\"B\""), change("locks/B/waiters", null, "[1]")));
        changes.put(3L, List.of(change("locks/A/waiters", null, "[2]"), change("processes/2/state", null, "\"blocked\"")));
        Map<Long, List<Change>> filtered = new HashMap<>();
        changes.forEach((offset, c) -> filtered.put(offset, CausalityBuilder.changesOfInterest(c)));
        List<Finding> all = findings(changes, 5);
        assertEquals(1, all.size());
        assertEquals(all, findings(filtered, 5));
    }

    private static List<Finding> findings(Map<Long, List<Change>> changes, int events) {
        List<Event> log = new ArrayList<>();
        for (int i = 0; i < events; i++) log.add(LinkEdgesTest.event(i, null, null));
        return CausalGraphs.open(Ingest.run(log, changes)).findings();
    }

    private static Change change(String path, String before, String after) {
        return new Change(path, node(before), node(after));
    }

    private static JsonNode node(String json) {
        if (json == null) return null;
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
