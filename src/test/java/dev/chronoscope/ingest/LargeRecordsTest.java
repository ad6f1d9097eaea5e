package dev.chronoscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.profile.Profile;
import dev.chronoscope.profile.Profiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records of tens of thousands of fields: what the reader holds back for detection stays bounded. */
class LargeRecordsTest {
    @TempDir Path dir;

    @Test
    void detectionHoldsFewerOfLargeRecords() throws IOException {
        StringBuilder log = new StringBuilder();
        int fields = 100_000;
        for (int i = 0; i < 40; i++) {
            log.append("{\"type\":\"W\",\"ts\":").append(i);
            for (int k = 0; k < fields; k++) log.append(",\"f").append(k).append("\":").append(k);
            log.append("}\n");
        }
        Path file = Files.writeString(dir.resolve("wide.jsonl"), log);
        List<Integer> held = new ArrayList<>();
        ErrorCollectingContext quiet = new ErrorCollectingContext();
        ReadContext context = new ReadContext() {
            public void error(String f, long position, PositionKind kind, String reason) { quiet.error(f, position, kind, reason); }
            public void warning(String message) { quiet.warning(message); }
            public void bytesRead(long delta) {}
            public boolean cancelled() { return false; }
            public ReaderOptions options() { return ReaderOptions.DEFAULT; }
            public Profile chooseProfile(List<ObjectNode> firstRecords) {
                held.add(firstRecords.size());
                return Profiles.generic();
            }
        };
        List<Event> events = new ArrayList<>();
        try (EventReader reader = new JsonFormat().open(LogInput.of(file), context)) {
            for (Event e = reader.next(); e != null; e = reader.next()) events.add(e);
        }
        assertEquals(40, events.size());
        assertEquals(1, held.size());
        int expected = (int) Math.ceil(JsonReader.DETECT_NODES / (double) (fields + 3));
        assertTrue(held.get(0) <= expected, "held back " + held.get(0) + " records of " + fields + " fields for detection");
        assertEquals(List.of(), quiet.errors);
    }
}
