package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventRowTest {
    @Test
    void theSummaryListsTheBodyWithoutWhatTheColumnsShow() throws Exception {
        ObjectNode record = (ObjectNode) new ObjectMapper().readTree(
                "{\"LockContended\":{\"id\":7302,\"ts\":4247776307,\"subsystem\":\"locking\",\"pid\":301,\"lock\":\"L1\",\"holder\":300}}");
        ObjectNode body = (ObjectNode) record.get("LockContended");
        Event e = new Event(7302, 4247776307L, "LockContended", "locking", Severity.INFO, "7302", Event.NO_DURATION,
                null, List.of(), null, record, body, 7303);
        assertEquals("pid=301  lock=L1  holder=300", new EventRow(7302, e).summary());
        assertEquals("…", new EventRow(1, null).summary());
    }
}
