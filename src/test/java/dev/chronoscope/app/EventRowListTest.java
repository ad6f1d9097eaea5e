package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventRowListTest {
    private static final int EVENTS = 10_000;

    @Test
    void rowsAreTheLogsOffsetsOrTheMatchesAndAnOffsetFindsItsRowOrTheOneBefore() {
        EventRowList rows = new EventRowList(new Background(e -> { }), () -> { });
        assertEquals(0, rows.size(), "no log, no rows");
        FakeLogSession session = new FakeLogSession(Path.of("big.jsonl"), EVENTS, List.of());

        rows.reset(session, EVENTS, null);
        assertEquals(EVENTS, rows.size());
        assertEquals(7_000, rows.offsetAt(7_000));
        assertEquals(7_000, rows.rowOf(7_000));
        assertEquals(EVENTS - 1, rows.rowOf(Long.MAX_VALUE / 2), "past the end: the last row");

        rows.reset(session, EVENTS, new long[] {3, 40, 41, 900});
        assertEquals(4, rows.size());
        assertEquals(900, rows.offsetAt(3));
        assertEquals(1, rows.rowOf(40));
        assertEquals(2, rows.rowOf(500), "between matches: the match before");
        assertEquals(-1, rows.rowOf(2), "before the first match: none");
    }
}
