package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** What the causality panel writes: the hidden-lanes note, lane names cut to fit, counts on run boxes. */
class CausalityLabelsTest {
    @Test
    void theNoteCountsHiddenLanesAndIsEmptyWhenAllFit() {
        assertEquals("", CausalityPanel.hiddenLanesNote(0));
        assertEquals("+1 lane hidden", CausalityPanel.hiddenLanesNote(1));
        assertEquals("+2,996 lanes hidden", CausalityPanel.hiddenLanesNote(2996));
    }

    @Test
    void longLaneNamesKeepBothEnds() {
        assertEquals("pool…ad-12", FittedLabels.middleCut("pool-thread-12", 9));
        assertEquals("poo…ad-3", FittedLabels.middleCut("pool-thread-3", 7), "the end, where names differ, gets the odd one");
        assertEquals("…", FittedLabels.middleCut("worker", 0));
        assertEquals("worker", FittedLabels.middleCut("worker", 6));
        // A character outside the basic plane is kept whole or dropped whole, never halved.
        String emoji = "ab\uD83D\uDE00cd";
        assertEquals("a…cd", FittedLabels.middleCut(emoji, 3));
    }

    @Test
    void runCountsAreWrittenInWhicheverOfBlackAndWhiteContrastsMore() {
        assertEquals(Color.BLACK, CausalityLabels.textOn(Color.web("#d29922")), "on the causes' orange");
        assertEquals(Color.BLACK, CausalityLabels.textOn(Color.web("#2da44e")), "on the effects' green");
        assertEquals(Color.WHITE, CausalityLabels.textOn(Color.web("#cf222e")), "on the cursor's red");
        assertEquals(Color.WHITE, CausalityLabels.textOn(Color.web("#24292f")), "on the light theme's ink");
        assertEquals(Color.BLACK, CausalityLabels.textOn(Color.web("#c9d1d9")), "on the dark theme's ink");
    }
}
