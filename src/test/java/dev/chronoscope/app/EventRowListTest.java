package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class EventRowListTest {
    private static final int EVENTS = 10_000;

    @Test
    void movingTheWindowReplacesEveryRowInOneChange() {
        EventRowList rows = new EventRowList(new Background(e -> { }), () -> { });
        rows.reset(new FakeLogSession(Path.of("big.jsonl"), EVENTS, List.of()), EVENTS, null);
        List<String> seen = new ArrayList<>();
        rows.addListener((ListChangeListener<EventRow>) c -> {
            assertThrows(IllegalStateException.class, c::getFrom, "no current change before next()");
            while (c.next()) {
                seen.add(c.getFrom() + ".." + c.getTo() + " replaced " + c.wasReplaced() + " removed " + c.getRemovedSize()
                        + " added " + c.getAddedSize());
            }
            c.reset();
            assertTrue(c.next(), "a reset change can be read again");
        });

        assertTrue(rows.recentre(5_000));

        assertEquals(List.of("0..4096 replaced true removed 4096 added 4096"), seen);
        assertEquals(5_000 - EventRowList.WINDOW / 2, rows.base());
        assertEquals(5_000, rows.offsetAt(EventRowList.WINDOW / 2));
        assertFalse(rows.recentre(5_000), "already centred there");
        assertEquals(1, seen.size());
    }

    @Test
    void placingTheWindowPutsTheIndexAtTheAskedRowOnlyWhereTheWindowCanSit() {
        EventRowList rows = new EventRowList(new Background(e -> { }), () -> { });
        rows.reset(new FakeLogSession(Path.of("big.jsonl"), EVENTS, List.of()), EVENTS, null);
        int[] changes = {0};
        rows.addListener((ListChangeListener<EventRow>) c -> changes[0]++);

        assertTrue(rows.placeAt(7_000, 2_048));
        assertEquals(7_000, rows.offsetAt(2_048), "the jump's row is where the table already looks");
        assertEquals(1, changes[0]);
        assertFalse(rows.placeAt(7_000, 2_048), "already there");
        assertFalse(rows.placeAt(1_000, 2_048), "the window would start before the log");
        assertFalse(rows.placeAt(EVENTS - 100, 2_048), "the window would end after the log");
        assertFalse(rows.placeAt(5_000, 10), "the row would sit at the window's edge");
        assertEquals(7_000 - 2_048, rows.base(), "refused placements leave the window alone");
        assertEquals(1, changes[0]);
    }
}
